package dev.autoprofile.it.wiring;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The documented limit: writes that bypass Hibernate's entity events (StatelessSession, JPQL/HQL
 * and native inserts) create no profile, as Django's bulk_create sends no signal. If one of these
 * starts creating profiles, the README's "not covered" list must change with it.
 */
class NotCoveredTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, NotCoveredUser.class, NotCoveredUserProfile.class);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID();
  }

  private static long users(SessionFactory sf, String username) {
    return count(sf, "select count(u) from NotCoveredUser u where u.username = ?1", username);
  }

  private static long profiles(SessionFactory sf, String username) {
    return count(sf, "select count(p) from NotCoveredUserProfile p where p.user.username = ?1", username);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void statelessSessionInsertCreatesNoProfile(Database db) {
    SessionFactory sf = factory(db);
    String username = unique("stateless");
    try (StatelessSession session = sf.openStatelessSession()) {
      Transaction tx = session.beginTransaction();
      session.insert(new NotCoveredUser(username));
      tx.commit();
    }
    assertEquals(1, users(sf, username));
    assertEquals(0, profiles(sf, username));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void jpqlInsertCreatesNoProfile(Database db) {
    SessionFactory sf = factory(db);
    String username = unique("jpql");
    inTransaction(sf, em -> assertEquals(1, em.createQuery("insert into NotCoveredUser (username) values (:name)")
        .setParameter("name", username).executeUpdate()));
    assertEquals(1, users(sf, username));
    assertEquals(0, profiles(sf, username));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void nativeInsertCreatesNoProfile(Database db) {
    SessionFactory sf = factory(db);
    String username = unique("native");
    inTransaction(sf, em -> assertEquals(1, em.createNativeQuery("insert into it_w_nc_user (username) values (?)")
        .setParameter(1, username).executeUpdate()));
    assertEquals(1, users(sf, username));
    assertEquals(0, profiles(sf, username));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void theSameUserPersistedNormallyGetsItsProfile(Database db) {
    // the control: the limit is about the way the row is written, not about this entity
    SessionFactory sf = factory(db);
    String username = unique("persisted");
    inTransaction(sf, em -> em.persist(new NotCoveredUser(username)));
    assertEquals(1, users(sf, username));
    assertEquals(1, profiles(sf, username));
  }
}
