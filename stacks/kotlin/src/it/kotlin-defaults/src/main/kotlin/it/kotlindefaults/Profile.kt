package it.kotlindefaults

import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.OneToOne

/** The model: Kotlin calls Profile(user); Java, and so the generated listener, cannot. */
@Entity
class Profile(@OneToOne(optional = false) var user: User, var displayName: String = "new user") {
    @Id @GeneratedValue var id: Long? = null
}
