package dev.autoprofile.stacks.kotlin

import org.springframework.data.jpa.repository.JpaRepository

/** Plain Spring Data: `save`, `delete` and the rest reach AutoProfile through Hibernate's events. */
interface MemberRepository : JpaRepository<Member, Long>

interface MemberProfileRepository : JpaRepository<MemberProfile, Long> {
    fun findByMemberId(memberId: Long): MemberProfile?
}

interface MemberSettingsRepository : JpaRepository<MemberSettings, Long> {
    fun findByMemberId(memberId: Long): MemberSettings?
}
