package dev.autoprofile.it.hibernate6;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.Version;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 6.6's {@code Session.save()} and {@code saveOrUpdate()} (gone in 7.0) fire SAVE /
 * SAVE_UPDATE events, which AutoProfile does not hook: the README says they are not covered. This
 * pins down what happens instead, so that the statement stays true: the user is inserted without
 * a profile, and, as for any row older than the annotation, its next dirty save gives it one.
 */
@SuppressWarnings("deprecation") // save() and saveOrUpdate() are deprecated in 6.6 and gone in 7
class SessionSaveTest {

  private static SessionFactory factory(Database db) {
    assertTrue(Version.getVersionString().startsWith("6.6."), "runs on Hibernate 6.6: " + Version.getVersionString());
    return Jpa.factory(db, H6User.class, H6UserProfile.class);
  }

  private static long profilesOf(SessionFactory sf, Long id) {
    return count(sf, "select count(p) from H6UserProfile p where p.user.id = ?1", id);
  }

  private static Long saveNewUser(SessionFactory sf, BiConsumer<Session, H6User> save) {
    H6User user = new H6User("h6-" + UUID.randomUUID());
    try (Session session = sf.openSession()) {
      Transaction tx = session.beginTransaction();
      save.accept(session, user);
      assertTrue(session.contains(user), "saved and managed");
      assertNull(user.getProfile(), "no profile is created by the save itself");
      session.flush();
      assertNull(user.getProfile(), "nor at flush: the user is new, not dirty");
      tx.commit();
    }
    return user.getId();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveInsertsTheUserWithoutAProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = saveNewUser(sf, Session::save);
    assertEquals(1, count(sf, "select count(u) from H6User u where u.id = ?1", id));
    assertEquals(0, profilesOf(sf, id), "Session.save() is not covered");

    // like a row that predates the annotation: its next update gives it its profile
    inTransaction(sf, em -> em.find(H6User.class, id).setEmail("later@example.org"));
    assertEquals(1, profilesOf(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveOrUpdateOfANewUserInsertsItWithoutAProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = saveNewUser(sf, Session::saveOrUpdate);
    assertEquals(1, count(sf, "select count(u) from H6User u where u.id = ?1", id));
    assertEquals(0, profilesOf(sf, id), "Session.saveOrUpdate() is not covered");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistOnTheSameVersionCreatesTheProfile(Database db) {
    // the control: on 6.6 the covered operations work with the 7.x-compiled runtime
    SessionFactory sf = factory(db);
    H6User user = new H6User("h6-" + UUID.randomUUID());
    try (Session session = sf.openSession()) {
      Transaction tx = session.beginTransaction();
      session.persist(user);
      assertNotNull(user.getProfile());
      assertTrue(session.contains(user.getProfile()));
      tx.commit();
    }
    assertEquals(1, profilesOf(sf, user.getId()));
  }
}
