package dev.autoprofile.stacks.kotlin

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest

/**
 * `spring.jpa.properties.autoprofile.backfill=run`: members that Hibernate's import script inserts
 * (rows from before AutoProfile) get their profiles when the EntityManagerFactory starts, built by
 * the Kotlin constructor with its defaults.
 */
@SpringBootTest(
    properties = [
        "spring.jpa.properties.hibernate.hbm2ddl.import_files=members-from-before.sql",
        "spring.jpa.properties.autoprofile.backfill=run",
    ],
)
class BackfillAtStartupTest(
    @Autowired val members: MemberRepository,
    @Autowired val profiles: MemberProfileRepository,
    @Autowired val settings: MemberSettingsRepository,
) {
    @Test
    fun `the members from before got their profiles at startup`() {
        val fromBefore = members.findAll().filter { it.username in listOf("grace", "barbara") }
        assertThat(fromBefore).hasSize(2)
        for (member in fromBefore) {
            val profile = profiles.findByMemberId(member.id!!)!!
            assertThat(profile.displayName).isEqualTo(member.username)
            assertThat(profile.theme).isEqualTo("light")
            assertThat(settings.findByMemberId(member.id!!)!!.weeklyDigest).isTrue
        }
    }
}
