package dev.autoprofile.stacks.kotlin

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.JoinColumn
import jakarta.persistence.OneToOne
import jakarta.persistence.Table

/**
 * What a member shows of themselves. `@JvmOverloads` gives Java, and so AutoProfile's generated
 * listener, the constructor `MemberProfile(Member)` that applies the defaults below; without it the
 * processor stops the build (`[AutoProfileKotlinConstructor]`).
 */
@Entity
@Table(name = "kt_member_profile")
class MemberProfile @JvmOverloads constructor(
    @OneToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, unique = true)
    var member: Member,
    @Column(nullable = false)
    var displayName: String = member.username,
    @Column(nullable = false)
    var theme: String = "light",
) {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    var id: Long? = null
}
