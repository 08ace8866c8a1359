package dev.autoprofile.stacks.kotlin

import dev.autoprofile.AutoProfile
import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.OneToOne
import jakarta.persistence.Table

/**
 * A user. Every new member gets a [MemberProfile], saved with it and removed with it; it also gets
 * [MemberSettings], which this class does not know about (`@ProfileOf`).
 */
@Entity
@Table(name = "kt_member")
@AutoProfile(model = MemberProfile::class)
class Member(
    @Column(nullable = false, unique = true)
    var username: String,
    @Column(nullable = false)
    var email: String,
) {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    var id: Long? = null

    /** The inverse side, without cascade: AutoProfile creates, saves and removes the profile. */
    @OneToOne(mappedBy = "member")
    var profile: MemberProfile? = null
}
