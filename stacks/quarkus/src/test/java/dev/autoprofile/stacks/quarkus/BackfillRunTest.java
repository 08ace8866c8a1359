package dev.autoprofile.stacks.quarkus;

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
 * {@code %backfill-run.autoprofile.backfill=run} in application.properties: the users import.sql
 * inserted without profiles (3 accounts, 3 members, each with two models) have them all by the time
 * the application gets the EntityManager, so the backfill ran after Quarkus created the schema and
 * ran import.sql; and Quarkus logged no warning for the property.
 */
@QuarkusTest
@TestProfile(StartupProfiles.BackfillRun.class)
class BackfillRunTest {
  @Inject
  Rows rows;

  @Test
  void everyImportedUserHasItsProfilesWhenTheApplicationStarts() {
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(0, rows.accountsWithoutProfile());
      assertEquals(0, rows.accountsWithoutSettings());
      assertEquals(0, rows.membersWithoutProfile());
      assertEquals(0, rows.membersWithoutBadge());
      assertEquals(1, rows.memberProfilesOf(9001L));
    });
  }

  @Test
  void theReportIsLoggedAndNothingWarns() {
    List<String> reports = StartupLog.of("dev.autoprofile.hibernate.BackfillAtStartup", Level.INFO);
    assertEquals(1, reports.size(), reports.toString());
    String report = reports.get(0);
    assertTrue(report.startsWith("Backfill: 12 profiles created in ") && report.endsWith("(autoprofile.backfill=run)"),
        report);
    assertEquals(List.of(), StartupLog.atLeast(Level.WARNING));
  }
}
