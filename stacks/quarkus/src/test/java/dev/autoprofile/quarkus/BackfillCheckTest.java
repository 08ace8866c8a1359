package dev.autoprofile.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    for (String pair : List.of("accounts.Account users have no dev.autoprofile.quarkus.accounts.AccountProfile",
        "accounts.Account users have no dev.autoprofile.quarkus.accounts.AccountSettings",
        "members.Member users have no dev.autoprofile.quarkus.members.MemberProfile",
        "members.Member users have no dev.autoprofile.quarkus.members.MemberBadge")) {
      assertTrue(warnings.stream().anyMatch(w -> w.startsWith("WARN dev.autoprofile.hibernate.BackfillAtStartup: AutoProfile: 3 dev.autoprofile.quarkus." + pair)),
          pair + " in " + warnings);
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
