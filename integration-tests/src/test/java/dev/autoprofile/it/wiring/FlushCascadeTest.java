package dev.autoprofile.it.wiring;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new user reached only by a cascade at flush gets its profile under the bootstraps Spring Boot
 * 3.5 and 4 use (JPA), on Hibernate 6.6 and 7.x alike. Hibernate 6.6's native bootstrap cascades
 * at flush with SAVE_UPDATE instead, unless told to follow JPA's cascade rules: covered here with
 * the switch, and without it in the Hibernate 6.6 module's own tests.
 */
class FlushCascadeTest {

  private static Long teamWithALateSigning(SessionFactory sf) {
    return fromTransaction(sf, em -> {
      WiringTeam team = new WiringTeam("team-" + UUID.randomUUID());
      em.persist(team);
      team.sign("late signing"); // never persisted: reached by the cascade at commit
      return team.getId();
    });
  }

  private static void assertOnePlayerWithItsProfile(SessionFactory sf, Long teamId) {
    assertEquals(1, count(sf, "select count(p) from WiringPlayer p where p.team.id = ?1", teamId));
    assertEquals(1, count(sf, "select count(pp) from WiringPlayerProfile pp where pp.player.team.id = ?1", teamId));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void jpaBootstrapCreatesTheProfileOfAUserCascadedAtFlush(Database db) {
    try (SessionFactory sf = Units.create("autoprofile-wiring-teams", db)) {
      assertOnePlayerWithItsProfile(sf, teamWithALateSigning(sf));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void nativeBootstrapWithJpaCascadeRulesCreatesTheProfileOfAUserCascadedAtFlush(Database db) {
    try (SessionFactory sf = Jpa.build(db, Map.of("hibernate.jpa.compliance.cascade", "true"),
        WiringTeam.class, WiringPlayer.class, WiringPlayerProfile.class)) {
      assertOnePlayerWithItsProfile(sf, teamWithALateSigning(sf));
    }
  }
}
