package dev.autoprofile.it.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.failure.Causes;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * API.md "Backfill" 5: {@code autoprofile.backfill=check|run} once the SessionFactory is built, after
 * hbm2ddl created the tables and an import script inserted users without profiles, which
 * {@code Integrator.integrate()} would have been too early for.
 */
class BackfillAtStartupTest {
  private static final String LOGGER = "dev.autoprofile.hibernate.BackfillAtStartup";
  private static final String IMPORT = "insert into it_bf_starter (id, name) values (1, 'a');\n"
      + "insert into it_bf_starter (id, name) values (2, 'b');\n"
      + "insert into it_bf_starter (id, name) values (3, 'c');\n";

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord entry) {
      records.add(entry);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    Logger.getLogger(LOGGER).addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger(LOGGER).removeHandler(handler);
  }

  private static SessionFactory start(Database db, String mode) {
    return Jpa.build(db, Map.of("autoprofile.backfill", mode, AvailableSettings.JAKARTA_HBM2DDL_LOAD_SCRIPT_SOURCE,
        new StringReader(IMPORT)), BfStarter.class, BfStarterProfile.class);
  }

  private List<String> messages(Level level) {
    // jboss-logging's levels are JUL levels of their own, with JUL's values
    var formatter = new java.util.logging.SimpleFormatter();
    return records.stream().filter(r -> r.getLevel().intValue() == level.intValue()).map(formatter::formatMessage).toList();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void runCreatesTheImportedUsersProfilesBeforeTheApplicationGetsTheFactory(Database db) {
    try (SessionFactory sf = start(db, "run")) {
      assertEquals(3, Legacy.count(sf, "BfStarterProfile"));
      assertTrue(messages(Level.INFO).stream().anyMatch(m -> m.startsWith("Backfill: 3 profiles created in ")
          && m.contains("BfStarter → BfStarterProfile 3")), messages(Level.INFO).toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void checkWarnsOncePerPairAndWritesNothing(Database db) {
    try (SessionFactory sf = start(db, "check")) {
      assertEquals(0, Legacy.count(sf, "BfStarterProfile"));
      List<String> warnings = messages(Level.WARNING);
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).contains("3 " + BfStarter.class.getName() + " users have no "
          + BfStarterProfile.class.getName() + " profile"), warnings.get(0));
      assertTrue(warnings.get(0).contains("AutoProfiles.backfill(entityManagerFactory).run()"), warnings.get(0));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Database.class, names = "H2")
  void anUnknownModeStopsBootstrapListingTheValidOnes(Database db) {
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> start(db, "sometimes").close());
    AutoProfileException cause = Causes.require(thrown, AutoProfileException.class);
    assertTrue(cause.getMessage().contains("'none', 'check' or 'run', not 'sometimes'"), cause.getMessage());
  }
}
