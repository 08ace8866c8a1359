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
 * Why AutoProfile reads MicroProfile Config: {@code autoprofile.backfill=run} passed as a Hibernate
 * property through {@code quarkus.hibernate-orm.unsupported-properties} works, but Quarkus warns at
 * every start. It also shows that {@link StartupLog} does see Quarkus' warnings, which the other
 * tests assert are absent; and that the unit's own setting wins over {@code autoprofile.backfill=check}
 * from MicroProfile Config.
 */
@QuarkusTest
@TestProfile(StartupProfiles.UnsupportedProperty.class)
class UnsupportedPropertyTest {
  @Inject
  Rows rows;

  @Test
  void theHibernatePropertyTakesEffectAndWinsOverMicroProfileConfig() {
    QuarkusTransaction.requiringNew().run(() -> {
      assertEquals(0, rows.accountsWithoutProfile());
      assertEquals(0, rows.membersWithoutBadge());
    });
    assertEquals(1, StartupLog.of("dev.autoprofile.hibernate.BackfillAtStartup", Level.INFO).size());
  }

  @Test
  void quarkusWarnsAboutIt() {
    List<String> warnings = StartupLog.atLeast(Level.WARNING);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("sets unsupported properties")
        && warnings.get(0).endsWith("Unsupported properties being set: [autoprofile.backfill]"), warnings.get(0));
  }
}
