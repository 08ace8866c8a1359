package kotlinfixtures

import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id

/** The user's base: KotlinTest's Java users extend it, so Kotlin models can reference them. */
@Entity
abstract class Account {
    @Id
    @GeneratedValue
    var id: Long? = null
}
