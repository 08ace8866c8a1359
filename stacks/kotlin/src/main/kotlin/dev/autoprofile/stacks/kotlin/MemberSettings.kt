package dev.autoprofile.stacks.kotlin

import dev.autoprofile.ProfileOf
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.GenerationType
import jakarta.persistence.Id
import jakarta.persistence.JoinColumn
import jakarta.persistence.OneToOne
import jakarta.persistence.Table

/**
 * Declared from this side (`@ProfileOf`): [Member] does not know it. Built with its no-argument
 * constructor, so its property initialisers run, and linked through `setMember`.
 */
@Entity
@Table(name = "kt_member_settings")
@ProfileOf(Member::class)
class MemberSettings {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    var id: Long? = null

    @OneToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, unique = true)
    lateinit var member: Member

    var weeklyDigest: Boolean = true
}
