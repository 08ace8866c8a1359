package dev.autoprofile.it.concurrency;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.failure.Causes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two transactions save the same legacy user (a row without its profile) at once: both decide to
 * give it its profile. The unique key on the profile's user column keeps exactly one; the loser
 * fails with a constraint violation naming that key, and its retry succeeds.
 */
class LegacyRaceTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Legacy.class, LegacyProfile.class);
  }

  private static long profilesOf(SessionFactory sf, Long id) {
    return count(sf, "select count(p) from LegacyProfile p where p.user.id = ?1", id);
  }

  /** A user row without a profile, as rows written before the annotation are. */
  @SuppressWarnings("try")
  private static Long legacyUser(SessionFactory sf) {
    Long id;
    try (var fixtures = AutoProfiles.suspend()) {
      id = fromTransaction(sf, em -> {
        Legacy user = new Legacy("legacy-" + UUID.randomUUID());
        em.persist(user);
        return user.getId();
      });
    }
    assertEquals(0, profilesOf(sf, id), "the legacy row has no profile");
    return id;
  }

  private static EntityManager loadAndModify(SessionFactory sf, Long id, String email) {
    EntityManager em = sf.createEntityManager();
    em.getTransaction().begin();
    Legacy user = em.find(Legacy.class, id);
    assertNull(user.getProfile(), "both transactions see a user without a profile");
    user.setEmail(email);
    return em;
  }

  /**
   * The loser's error is a constraint violation that names the unique key on the profile's user
   * column, as the database's catalog calls it (Hibernate derives that key from the one-to-one).
   */
  private static void assertLostTheRace(Database db, RuntimeException thrown) throws SQLException {
    assertLostTheRace(db, "it_c_legacy_profile", thrown);
  }

  private static void assertLostTheRace(Database db, String profileTable, RuntimeException thrown) throws SQLException {
    ConstraintViolationException violation = Causes.require(thrown, ConstraintViolationException.class);
    assertTrue(violation.getSQLState().startsWith("23"), "an integrity constraint violation: " + violation.getSQLState());
    String named = violation.getConstraintName();
    assertNotNull(named, () -> "the violation names its constraint: " + Causes.chain(thrown));
    String constraint = named.substring(named.lastIndexOf('.') + 1); // H2 qualifies it with the schema
    Set<String> keys = uniqueKeysOnUserColumn(db, profileTable);
    assertTrue(keys.contains(constraint.toLowerCase(Locale.ROOT)),
        "names the unique key on " + profileTable + ".user_id " + keys + ": " + Causes.chain(thrown));
  }

  private static Set<String> uniqueKeysOnUserColumn(Database db, String profileTable) throws SQLException {
    Set<String> keys = new TreeSet<>();
    try (Connection connection = db.connect()) {
      for (String table : List.of(profileTable, profileTable.toUpperCase(Locale.ROOT))) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, table, true, false)) {
          while (index.next()) {
            if ("user_id".equalsIgnoreCase(index.getString("COLUMN_NAME")) && index.getString("INDEX_NAME") != null) {
              keys.add(index.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    assertFalse(keys.isEmpty(), "the profile's user column has a unique key");
    return keys;
  }

  private static void rollBackAndClose(EntityManager em) {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
    em.close();
  }

  private static void retrySucceeds(SessionFactory sf, Long id) {
    inTransaction(sf, em -> {
      Legacy user = em.find(Legacy.class, id);
      assertNotNull(user.getProfile(), "the retry sees the winner's profile");
      user.setEmail("retry@example.org");
    });
    assertEquals(1, profilesOf(sf, id));
    assertEquals("retry@example.org", fromTransaction(sf, em -> em.find(Legacy.class, id).getEmail()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void bothLoadBeforeEitherCommitsTheSecondCommitLoses(Database db) throws SQLException {
    SessionFactory sf = factory(db);
    Long id = legacyUser(sf);

    EntityManager first = loadAndModify(sf, id, "first@example.org");
    EntityManager second = loadAndModify(sf, id, "second@example.org");
    try {
      first.getTransaction().commit();
      assertEquals(1, profilesOf(sf, id), "the first save gave the legacy user its profile");

      RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
        second.flush();
        second.getTransaction().commit();
      });
      assertLostTheRace(db, thrown);
    } finally {
      rollBackAndClose(first);
      rollBackAndClose(second);
    }
    assertEquals(1, profilesOf(sf, id), "the unique key kept one profile");
    assertEquals("first@example.org", fromTransaction(sf, em -> em.find(Legacy.class, id).getEmail()),
        "the loser's whole transaction was rolled back");
    retrySucceeds(sf, id);
  }

  /**
   * Not on H2: its MVStore makes the insert wait for the other transaction's uncommitted key and
   * then reports "Concurrent update in table" (90131) as a lock timeout, never the duplicate key;
   * the interleaving above covers H2.
   */
  @ParameterizedTest
  @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
  void bothFlushBeforeEitherCommitsTheBlockedOneLoses(Database db) throws Exception {
    SessionFactory sf = factory(db);
    Long id = legacyUser(sf);

    ExecutorService other = Executors.newSingleThreadExecutor();
    CountDownLatch secondLoaded = new CountDownLatch(1);
    CountDownLatch firstFlushed = new CountDownLatch(1);
    EntityManager first = loadAndModify(sf, id, "first@example.org");
    try {
      Future<RuntimeException> second = other.submit(() -> {
        EntityManager em = loadAndModify(sf, id, "second@example.org");
        try {
          secondLoaded.countDown();
          firstFlushed.await();
          // the first transaction holds its uncommitted profile row: this insert waits for it
          em.flush();
          em.getTransaction().commit();
          return null;
        } catch (RuntimeException e) {
          return e;
        } finally {
          rollBackAndClose(em);
        }
      });
      secondLoaded.await();
      first.flush(); // the profile row is written, not committed
      assertEquals(0, profilesOf(sf, id), "not visible before commit");
      firstFlushed.countDown();
      // commit once the second flush is seen waiting for our locks (bounded, so as not to hang); if it
      // has not got there yet, it meets the committed profile instead: the same outcome is asserted
      Blocking.awaitLockWait(db);
      first.getTransaction().commit();

      RuntimeException thrown = second.get(2, TimeUnit.MINUTES); // a guard against a hang
      assertNotNull(thrown, "the second transaction must not commit a second profile");
      assertLostTheRace(db, thrown);
    } finally {
      rollBackAndClose(first);
      other.shutdownNow();
    }
    assertEquals(1, profilesOf(sf, id), "the unique key kept one profile");
    assertEquals("first@example.org", fromTransaction(sf, em -> em.find(Legacy.class, id).getEmail()));
    retrySucceeds(sf, id);
  }

  /**
   * The same race where the user does not map its profile: each transaction's existence query at
   * flush finds none (the other's row is not committed), so both insert one. PostgreSQL and MariaDB
   * only, for the reason above.
   */
  @ParameterizedTest
  @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
  @SuppressWarnings("try")
  void withoutTheInverseAttributeBothExistenceQueriesSayNoAndTheBlockedOneLoses(Database db) throws Exception {
    SessionFactory sf = Jpa.factory(db, Veteran.class, VeteranProfile.class);
    Long id;
    try (var fixtures = AutoProfiles.suspend()) {
      id = fromTransaction(sf, em -> {
        Veteran veteran = new Veteran("veteran-" + UUID.randomUUID());
        em.persist(veteran);
        return veteran.getId();
      });
    }
    String profiles = "select count(p) from VeteranProfile p where p.user.id = ?1";
    assertEquals(0, count(sf, profiles, id));

    ExecutorService other = Executors.newSingleThreadExecutor();
    CountDownLatch secondLoaded = new CountDownLatch(1);
    CountDownLatch firstFlushed = new CountDownLatch(1);
    EntityManager first = sf.createEntityManager();
    first.getTransaction().begin();
    first.find(Veteran.class, id).setEmail("first@example.org");
    try {
      Future<RuntimeException> second = other.submit(() -> {
        EntityManager em = sf.createEntityManager();
        try {
          em.getTransaction().begin();
          em.find(Veteran.class, id).setEmail("second@example.org");
          secondLoaded.countDown();
          firstFlushed.await();
          em.flush(); // its existence query cannot see the first one's uncommitted profile
          em.getTransaction().commit();
          return null;
        } catch (RuntimeException e) {
          return e;
        } finally {
          rollBackAndClose(em);
        }
      });
      secondLoaded.await();
      first.flush();
      firstFlushed.countDown();
      // commit once the second flush is seen waiting for our locks (bounded, so as not to hang); if it
      // has not got there yet, it meets the committed profile instead: the same outcome is asserted
      Blocking.awaitLockWait(db);
      first.getTransaction().commit();

      RuntimeException thrown = second.get(2, TimeUnit.MINUTES); // a guard against a hang
      assertNotNull(thrown, "the second transaction must not commit a second profile");
      assertLostTheRace(db, "it_c_veteran_profile", thrown);
    } finally {
      rollBackAndClose(first);
      other.shutdownNow();
    }
    assertEquals(1, count(sf, profiles, id));

    inTransaction(sf, em -> em.find(Veteran.class, id).setEmail("retry@example.org"));
    assertEquals(1, count(sf, profiles, id), "the retry's existence query finds the winner's profile");
    assertEquals("retry@example.org", fromTransaction(sf, em -> em.find(Veteran.class, id).getEmail()));
  }
}
