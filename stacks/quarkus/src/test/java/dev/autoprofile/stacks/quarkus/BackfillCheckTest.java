package dev.autoprofile.stacks.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.stacks.quarkus.accounts.Account;
import dev.autoprofile.stacks.quarkus.accounts.AccountProfile;
import dev.autoprofile.stacks.quarkus.accounts.AccountSettings;
import dev.autoprofile.stacks.quarkus.members.Member;
import dev.autoprofile.stacks.quarkus.members.MemberBadge;
import dev.autoprofile.stacks.quarkus.members.MemberProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * {@code %backfill-check.autoprofile.backfill=check}: one warning per pair, counting the users
 * import.sql inserted, and nothing written; the only warnings at startup are AutoProfile's.
 */
@QuarkusTest
@TestProfile(StartupProfiles.BackfillCheck.class)
class BackfillCheckTest {
  @Inject
  Rows rows;

  @Test
  void onePairAWarningWithItsCount() {
    List<String> warnings = StartupLog.atLeast(Level.WARNING);
    assertEquals(4, warnings.size(), warnings.toString());
    for (Class<?>[] pair : List.of(new Class<?>[] {Account.class, AccountProfile.class},
        new Class<?>[] {Account.class, AccountSettings.class}, new Class<?>[] {Member.class, MemberProfile.class},
        new Class<?>[] {Member.class, MemberBadge.class})) {
      String expected = "WARN dev.autoprofile.hibernate.BackfillAtStartup: AutoProfile: 3 " + pair[0].getName()
          + " users have no " + pair[1].getName() + " profile";
      assertTrue(warnings.stream().anyMatch(w -> w.startsWith(expected)), expected + " in " + warnings);
    }
  }

  @Test
  void nothingIsWritten() {
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(3, rows.accountsWithoutProfile());
      assertEquals(3, rows.accountsWithoutSettings());
      assertEquals(3, rows.membersWithoutProfile());
      assertEquals(3, rows.membersWithoutBadge());
    });
  }
}
