package dev.autoprofile.it.hibernate6;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.wiring.WiringPlayer;
import dev.autoprofile.it.wiring.WiringPlayerProfile;
import dev.autoprofile.it.wiring.WiringTeam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 6.6 bootstrapped natively (not through JPA) cascades to new entities at flush with
 * SAVE_UPDATE events, as its {@code Session.save()} does: AutoProfile does not hook them, so a user
 * reached only by that cascade gets no profile. The runtime says so at bootstrap, with the fix
 * ({@code hibernate.jpa.compliance.cascade=true}, covered in the shared FlushCascadeTest). The
 * shared CascadeTest's flush case is excluded from this module for this reason.
 */
class NativeFlushCascadeTest {
  private static final String INTEGRATOR_LOGGER = "dev.autoprofile.hibernate.AutoProfileIntegrator";

  /** Collects what the integrator logs at WARN (jboss-logging goes to java.util.logging here: see the pom). */
  private static final class Warnings extends Handler {
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord entry) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        messages.add(entry.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    List<String> about(String text) {
      return messages.stream().filter(m -> m.contains(text)).collect(Collectors.toList());
    }
  }

  private static SessionFactory build(Database db, Map<String, Object> settings, Warnings warnings) {
    Logger logger = Logger.getLogger(INTEGRATOR_LOGGER);
    logger.addHandler(warnings);
    try {
      return Jpa.build(db, settings, WiringTeam.class, WiringPlayer.class, WiringPlayerProfile.class);
    } finally {
      logger.removeHandler(warnings);
    }
  }

  private static Long teamWithALateSigning(SessionFactory sf) {
    return fromTransaction(sf, em -> {
      WiringTeam team = new WiringTeam("team-" + UUID.randomUUID());
      em.persist(team);
      team.sign("late signing");
      return team.getId();
    });
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aUserCascadedAtFlushGetsNoProfileAndBootstrapWarnsAboutIt(Database db) {
    Warnings warnings = new Warnings();
    try (SessionFactory sf = build(db, Map.of(), warnings)) {
      List<String> warned = warnings.about("SAVE_UPDATE");
      assertEquals(1, warned.size(), "one warning at bootstrap: " + warnings.messages);
      assertTrue(warned.get(0).contains("hibernate.jpa.compliance.cascade=true"), warned.get(0));

      Long teamId = teamWithALateSigning(sf);
      assertEquals(1, count(sf, "select count(p) from WiringPlayer p where p.team.id = ?1", teamId), "the player is saved");
      assertEquals(0, count(sf, "select count(pp) from WiringPlayerProfile pp where pp.player.team.id = ?1", teamId),
          "without its profile: the warned-about limit");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void withJpaCascadeRulesThereIsNothingToWarnAbout(Database db) {
    Warnings warnings = new Warnings();
    try (SessionFactory sf = build(db, Map.of("hibernate.jpa.compliance.cascade", "true"), warnings)) {
      assertEquals(List.of(), warnings.about("SAVE_UPDATE"));
      Long teamId = teamWithALateSigning(sf);
      assertEquals(1, count(sf, "select count(pp) from WiringPlayerProfile pp where pp.player.team.id = ?1", teamId));
    }
  }
}
