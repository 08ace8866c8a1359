package it.kotlindefaults

import dev.autoprofile.AutoProfile
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id

@Entity
@AutoProfile(model = Profile::class)
class User(var username: String) {
    @Id @GeneratedValue var id: Long? = null
}
