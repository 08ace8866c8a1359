package dev.autoprofile.stacks.kotlin

import dev.autoprofile.AutoProfiles
import jakarta.persistence.EntityManager
import jakarta.persistence.EntityManagerFactory
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.transaction.support.TransactionTemplate
import java.util.concurrent.atomic.AtomicInteger

/**
 * Kotlin entities through Spring Data, as a Kotlin application calls it: members are created, saved
 * and deleted, and their profiles follow, built by Kotlin constructors with their defaults.
 */
@SpringBootTest
class MemberRepositoryTest(
    @Autowired val members: MemberRepository,
    @Autowired val profiles: MemberProfileRepository,
    @Autowired val settings: MemberSettingsRepository,
    @Autowired val entityManager: EntityManager,
    @Autowired val entityManagerFactory: EntityManagerFactory,
    @Autowired val transaction: TransactionTemplate,
) {
    companion object {
        private val names = AtomicInteger()
    }

    private fun newMember(): Member {
        val name = "member${names.incrementAndGet()}"
        return Member(name, "$name@example.org")
    }

    @Test
    fun `save gives a new member its profile, built with the Kotlin defaults, and its settings`() {
        val id = transaction.execute {
            val member = members.save(newMember())
            val profile = member.profile
            assertThat(profile).`as`("the profile on the member save returned").isNotNull
            assertThat(entityManager.contains(profile)).`as`("managed").isTrue
            assertThat(profile!!.displayName).`as`("default: the username").isEqualTo(member.username)
            assertThat(profile.theme).isEqualTo("light")
            assertThat(profile.member).isSameAs(member)
            member.id
        }!!
        assertThat(profiles.findByMemberId(id)!!.displayName).startsWith("member")
        assertThat(settings.findByMemberId(id)!!.weeklyDigest).`as`("the @ProfileOf model's initialiser ran").isTrue
    }

    @Test
    fun `saving an existing member saves the profile it holds`() {
        val id = members.save(newMember()).id!!
        val detached = members.findById(id).orElseThrow()
        detached.profile!!.theme = "dark"
        detached.email = "new@example.org"

        members.save(detached)

        assertThat(profiles.findByMemberId(id)!!.theme).isEqualTo("dark")
        assertThat(profiles.findAll().count { it.member.id == id }).`as`("still one profile").isOne()
    }

    @Test
    fun `delete removes the member's profiles first`() {
        val member = members.save(newMember())

        members.delete(member)

        assertThat(members.existsById(member.id!!)).isFalse
        assertThat(profiles.findByMemberId(member.id!!)).isNull()
        assertThat(settings.findByMemberId(member.id!!)).isNull()
    }

    @Test
    fun `deleteById removes the member's profiles first`() {
        val id = members.save(newMember()).id!!

        members.deleteById(id)

        assertThat(members.existsById(id)).isFalse
        assertThat(profiles.findByMemberId(id)).isNull()
        assertThat(settings.findByMemberId(id)).isNull()
    }

    @Test
    fun `members saved while suspended get no profile, and the backfill builds it with the defaults`() {
        val id = AutoProfiles.suspend().use { members.save(newMember()).id!! }
        assertThat(profiles.findByMemberId(id)).isNull()
        assertThat(settings.findByMemberId(id)).isNull()

        val report = AutoProfiles.backfill(entityManagerFactory).only(Member::class.java).run()

        assertThat(report.created()).isGreaterThanOrEqualTo(2)
        val profile = profiles.findByMemberId(id)!!
        assertThat(profile.displayName).isEqualTo(members.findById(id).orElseThrow().username)
        assertThat(profile.theme).isEqualTo("light")
        assertThat(settings.findByMemberId(id)).isNotNull
    }
}
