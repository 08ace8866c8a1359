package dev.autoprofile.stacks.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.stacks.quarkus.accounts.Account;
import dev.autoprofile.stacks.quarkus.accounts.AccountRepository;
import dev.autoprofile.stacks.quarkus.members.Member;
import dev.autoprofile.stacks.quarkus.members.MemberBadge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Created, saved, deleted and suspended, on plain entities (through Panache's repository) and on
 * Panache entities, with no AutoProfile configuration at all: application.properties names only the
 * datasource and the schema.
 */
@QuarkusTest
class ProfilesTest {
  @Inject
  AccountRepository accounts;

  @Inject
  Rows rows;

  @Test
  void aNewAccountHasItsProfileAndSettingsBeforeTheTransactionEnds() {
    QuarkusTransaction.requiringNew().run(() -> {
      Account account = new Account("alan@example.org");
      accounts.persist(account);
      assertNotNull(account.getProfile(), "the profile, on the user's inverse attribute right after persist");
      assertEquals("alan", account.getProfile().getDisplayName());
      assertEquals(1, rows.settingsOf(account.getId()), "found by a query in the same transaction");
    });
    QuarkusTransaction.requiringNew().run(() -> {
      Account account = accounts.findByEmail("alan@example.org");
      assertEquals("alan", account.getProfile().getDisplayName());
      assertEquals(1, rows.profilesOf(account.getId()));
      assertEquals("en", rows.settings(account.getId()).getLocale());
    });
  }

  @Test
  void aNewPanacheMemberHasItsProfileAndBadge() {
    QuarkusTransaction.requiringNew().run(() -> {
      Member member = Member.named("ada");
      member.persist();
      assertNotNull(member.profile);
      assertSame(member, member.profile.member);
      assertEquals("Hello, I'm new here", member.profile.bio, "built by the no-arg constructor: its initialiser ran");
    });
    QuarkusTransaction.requiringNew().run(() -> {
      Member member = Member.byNickname("ada");
      assertEquals("Hello, I'm new here", member.profile.bio);
      assertEquals(1, rows.memberProfilesOf(member.id));
      MemberBadge badge = MemberBadge.find("member", member).singleResult();
      assertEquals("newcomer", badge.level);
    });
  }

  @Test
  void aRolledBackMemberLeavesNoProfile() {
    QuarkusTransaction.begin();
    Member.named("rolled-back").persist();
    QuarkusTransaction.rollback();
    QuarkusTransaction.requiringNew().run(() -> {
      assertNull(Member.byNickname("rolled-back"));
      assertEquals(0, rows.memberProfilesByNickname("rolled-back"));
      assertEquals(0, rows.badgesByNickname("rolled-back"));
    });
  }

  @Test
  void aDetachedMembersChangedProfileIsSavedWhenTheMemberIsMerged() {
    Member detached = QuarkusTransaction.requiringNew().call(() -> {
      Member member = Member.named("grace");
      member.persist();
      return member;
    });
    detached.profile.bio = "COBOL";
    detached.nickname = "grace-hopper";
    // Member.profile declares no cascade: without AutoProfile's onUpdate = SAVE the bio would be lost
    QuarkusTransaction.requiringNew().run(() -> Member.getEntityManager().merge(detached));
    QuarkusTransaction.requiringNew().run(() -> assertEquals("COBOL", Member.byNickname("grace-hopper").profile.bio));
  }

  @Test
  void savingAnImportedAccountGivesItItsProfileAndSettings() {
    QuarkusTransaction.requiringNew().run(() -> {
      Account legacy = accounts.findByEmail("barbara@legacy.example");
      assertNull(legacy.getProfile(), "import.sql inserted it without a profile");
      legacy.setEmail("barbara@example.org");
    });
    QuarkusTransaction.requiringNew().run(() -> {
      Account account = accounts.findByEmail("barbara@example.org");
      assertEquals("barbara", account.getProfile().getDisplayName());
      assertEquals(1, rows.settingsOf(account.getId()));
    });
  }

  @Test
  void savingAnImportedPanacheMemberGivesItItsProfileAndBadge() {
    QuarkusTransaction.requiringNew().run(() -> {
      Member legacy = Member.findById(9003L);
      assertNull(legacy.profile, "import.sql inserted it without a profile");
      legacy.nickname = "dennis";
    });
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(1, rows.memberProfilesOf(9003L));
      assertEquals(1, rows.badgesOf(9003L));
    });
  }

  @Test
  void importedUsersNobodySavedStillHaveNoProfiles() {
    // the baseline of BackfillRunTest: without autoprofile.backfill nothing creates these
    QuarkusTransaction.requiringNew().run(() -> {
      for (String email : new String[] {"ada@legacy.example", "grace@legacy.example"}) {
        Long id = accounts.findByEmail(email).getId();
        assertEquals(0, rows.profilesOf(id), email);
        assertEquals(0, rows.settingsOf(id), email);
      }
      for (long id : new long[] {9001, 9002}) {
        assertEquals(0, rows.memberProfilesOf(id), "member " + id);
        assertEquals(0, rows.badgesOf(id), "member " + id);
      }
    });
  }

  @Test
  void deletingAnAccountThroughTheRepositoryDeletesItsProfileAndSettings() {
    Long id = QuarkusTransaction.requiringNew().call(() -> {
      Account account = new Account("edsger@example.org");
      accounts.persist(account);
      return account.getId();
    });
    // the profile and settings rows reference the account: without onDelete = DELETE this fails on the foreign key
    QuarkusTransaction.requiringNew().run(() -> assertTrue(accounts.deleteById(id)));
    QuarkusTransaction.requiringNew().run(() -> {
      assertNull(accounts.findById(id));
      assertEquals(0, rows.profilesOf(id));
      assertEquals(0, rows.settingsOf(id));
    });
  }

  @Test
  void deletingPanacheMembersDeletesTheirProfilesAndBadges() {
    long[] ids = QuarkusTransaction.requiringNew().call(() -> {
      Member first = Member.named("ken");
      Member second = Member.named("rob");
      first.persist();
      second.persist();
      return new long[] {first.id, second.id};
    });
    QuarkusTransaction.requiringNew().run(() -> Member.<Member>findById(ids[0]).delete());
    QuarkusTransaction.requiringNew().run(() -> assertTrue(Member.deleteById(ids[1])));
    QuarkusTransaction.requiringNew().run(() -> {
      for (long id : ids) {
        assertNull(Member.findById(id));
        assertEquals(0, rows.memberProfilesOf(id));
        assertEquals(0, rows.badgesOf(id));
      }
    });
  }

  @Test
  @SuppressWarnings("try") // the suspension is only closed
  void nothingIsCreatedWhileSuspended() {
    QuarkusTransaction.requiringNew().run(() -> {
      try (var suspended = AutoProfiles.suspend()) {
        Member.named("fixture").persist();
        accounts.persist(new Account("fixture@example.org"));
      }
    });
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(0, rows.memberProfilesByNickname("fixture"));
      assertEquals(0, rows.badgesByNickname("fixture"));
      Long id = accounts.findByEmail("fixture@example.org").getId();
      assertEquals(0, rows.profilesOf(id));
      assertEquals(0, rows.settingsOf(id));
    });
  }
}
