package dev.autoprofile.it.wiring;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.failure.Causes;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How AutoProfile gets into Hibernate: on its own, through the Integrator in META-INF/services,
 * under plain JPA and native bootstrap; once per session factory; and off when told so.
 */
class WiringTest {
  private static final String USERS = "autoprofile-wiring-users";
  private static final String ACCOUNTS = "autoprofile-wiring-accounts";

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID();
  }

  private static Long persistUser(EntityManagerFactory emf, String username) {
    return fromTransaction(emf, em -> {
      WiringUser user = new WiringUser(username);
      em.persist(user);
      return user.getId();
    });
  }

  private static long profilesOf(EntityManagerFactory emf, Long userId) {
    return count(emf, "select count(p) from WiringUserProfile p where p.user.id = ?1", userId);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistenceXmlBootstrapCreatesProfiles(Database db) {
    try (SessionFactory emf = Units.create(USERS, db)) {
      assertEquals(Units.exactlyOnce(), Units.ourListeners(emf));
      Long id = fromTransaction(emf, em -> {
        WiringUser user = new WiringUser(unique("jpa"));
        em.persist(user);
        assertNotNull(user.getProfile(), "created by persist, with no configuration in persistence.xml");
        assertTrue(em.contains(user.getProfile()));
        return user.getId();
      });
      assertEquals(1, profilesOf(emf, id));
      Long merged = fromTransaction(emf, em -> em.merge(new WiringUser(unique("jpa-merge"))).getId());
      assertEquals(1, profilesOf(emf, merged));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void nativeBootstrapCreatesProfiles(Database db) {
    try (SessionFactory sf = Jpa.build(db, Map.of(), WiringUser.class, WiringUserProfile.class)) {
      assertEquals(Units.exactlyOnce(), Units.ourListeners(sf));
      Long id = persistUser(sf, unique("native"));
      assertEquals(1, profilesOf(sf, id));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void enabledFalseAsAStringSwitchesItOff(Database db) {
    try (SessionFactory emf = Units.create(USERS, db, Map.of("autoprofile.enabled", "false"))) {
      assertEquals(Units.none(), Units.ourListeners(emf));
      Long id = fromTransaction(emf, em -> {
        WiringUser user = new WiringUser(unique("off-string"));
        em.persist(user);
        assertNull(user.getProfile());
        return user.getId();
      });
      assertEquals(0, profilesOf(emf, id));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void enabledFalseAsABooleanSwitchesItOff(Database db) {
    try (SessionFactory emf = Units.create(USERS, db, Map.of("autoprofile.enabled", Boolean.FALSE))) {
      assertEquals(Units.none(), Units.ourListeners(emf));
      Long id = persistUser(emf, unique("off-boolean"));
      assertEquals(0, profilesOf(emf, id));
    }
    // the native bootstrap reads the same property
    try (SessionFactory sf = Jpa.build(db, Map.of("autoprofile.enabled", Boolean.FALSE),
        WiringUser.class, WiringUserProfile.class)) {
      assertEquals(Units.none(), Units.ourListeners(sf));
      Long id = persistUser(sf, unique("off-native"));
      assertEquals(0, profilesOf(sf, id));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void enabledTrueSpelledAnyWayKeepsItOn(Database db) {
    try (SessionFactory emf = Units.create(USERS, db, Map.of("autoprofile.enabled", " TRUE "))) {
      assertEquals(Units.exactlyOnce(), Units.ourListeners(emf));
      assertEquals(1, profilesOf(emf, persistUser(emf, unique("on-string"))));
    }
    try (SessionFactory emf = Units.create(USERS, db, Map.of("autoprofile.enabled", Boolean.TRUE))) {
      assertEquals(1, profilesOf(emf, persistUser(emf, unique("on-boolean"))));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void anInvalidValueStopsBootstrapNamingTheProperty(Database db) {
    RuntimeException plainJpa = assertThrows(RuntimeException.class,
        () -> Units.create(USERS, db, Map.of("autoprofile.enabled", "yes")).close());
    assertInvalidEnabled(plainJpa);

    RuntimeException nativeBoot = assertThrows(RuntimeException.class,
        () -> Jpa.build(db, Map.of("autoprofile.enabled", "yes"), WiringUser.class, WiringUserProfile.class).close());
    assertInvalidEnabled(nativeBoot);
  }

  private static void assertInvalidEnabled(RuntimeException thrown) {
    AutoProfileException cause = Causes.require(thrown, AutoProfileException.class);
    assertTrue(cause.getMessage().contains("'autoprofile.enabled'"), cause.getMessage());
    assertTrue(cause.getMessage().contains("'yes'"), cause.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void twoPersistenceUnitsSideBySideEachHaveOurListenersOnce(Database db) {
    try (SessionFactory users = Units.create(USERS, db);
        SessionFactory accounts = Units.create(ACCOUNTS, db)) {
      assertEquals(Units.exactlyOnce(), Units.ourListeners(users));
      assertEquals(Units.exactlyOnce(), Units.ourListeners(accounts));

      Long userId = persistUser(users, unique("side-by-side"));
      Long accountId = fromTransaction(accounts, em -> {
        WiringAccount account = new WiringAccount(unique("account"));
        em.persist(account);
        return account.getId();
      });
      assertEquals(1, profilesOf(users, userId));
      assertEquals(1, count(accounts, "select count(p) from WiringAccountProfile p where p.user.id = ?1", accountId));
      // the other unit's listeners did not add anything when this one saved: still one each
      inTransaction(users, em -> em.find(WiringUser.class, userId).setEmail("a@example.org"));
      assertEquals(1, profilesOf(users, userId));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void closeAndRebuildStillCreatesExactlyOneProfilePerUser(Database db) {
    String before = unique("before-restart");
    Long beforeId;
    // first context: fresh schema, kept on close so the restarted one finds the rows
    try (SessionFactory emf = Units.create("autoprofile-wiring-restart", db,
        Map.of("jakarta.persistence.schema-generation.database.action", "drop-and-create"))) {
      beforeId = fromTransaction(emf, em -> {
        RestartUser user = new RestartUser(before);
        em.persist(user);
        return user.getId();
      });
    }
    for (int restart = 1; restart <= 2; restart++) {
      try (SessionFactory emf = Units.create("autoprofile-wiring-restart", db,
          Map.of("jakarta.persistence.schema-generation.database.action", "none"))) {
        assertEquals(Units.exactlyOnce(), Units.ourListeners(emf), "restart " + restart);
        String name = unique("after-restart-" + restart);
        Long id = fromTransaction(emf, em -> {
          RestartUser user = new RestartUser(name);
          em.persist(user);
          return user.getId();
        });
        // the user saved before the restart is saved again: its profile exists, none is added
        inTransaction(emf, em -> em.find(RestartUser.class, beforeId).setEmail(name + "@example.org"));
        assertEquals(1, count(emf, "select count(p) from RestartUserProfile p where p.user.id = ?1", id));
        assertEquals(1, count(emf, "select count(p) from RestartUserProfile p where p.user.id = ?1", beforeId));
        assertEquals(0, count(emf, "select count(u) from RestartUser u where u.profile is null"),
            "every user has its profile");
      }
    }
  }
}
