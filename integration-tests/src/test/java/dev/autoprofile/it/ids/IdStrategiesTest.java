package dev.autoprofile.it.ids;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One profile per new user whatever its id: SEQUENCE with a shared key, UUID, assigned. */
class IdStrategiesTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, SeqUser.class, SeqCard.class, UuidUser.class, UuidUserProfile.class,
        AssignedUser.class, AssignedUserProfile.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void sequenceIdsAndASharedKey(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      SeqUser user = new SeqUser(Unique.name("seq"));
      em.persist(user);
      assertNotNull(user.getCard());
      assertSame(user, user.getCard().getUser(), "no-arg constructor, then the setter");
      em.flush();
      assertEquals(user.getId(), user.getCard().getId(), "@MapsId: the card has the user's key");
      return user.getId();
    });
    assertEquals(1, count(emf, "select count(c) from SeqCard c where c.id = ?1", id));

    Long merged = fromTransaction(emf, em -> em.merge(new SeqUser(Unique.name("seq-merged"))).getId());
    assertEquals(1, count(emf, "select count(c) from SeqCard c where c.user.id = ?1", merged));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void uuidIdsWithoutAnInverseAttribute(Database db) {
    SessionFactory emf = factory(db);
    UUID id = fromTransaction(emf, em -> {
      UuidUser user = new UuidUser(Unique.name("uuid"));
      em.persist(user);
      assertEquals(1L, em.createQuery("select count(p) from UuidUserProfile p where p.user = :u", Long.class)
          .setParameter("u", user).getSingleResult(), "visible to a query in the same transaction");
      return user.getId();
    });
    assertEquals(1, count(emf, "select count(p) from UuidUserProfile p where p.user.id = ?1", id));

    UUID merged = fromTransaction(emf, em -> em.merge(new UuidUser(Unique.name("uuid-merged"))).getId());
    assertEquals(1, count(emf, "select count(p) from UuidUserProfile p where p.user.id = ?1", merged));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void assignedIdsAndAConstructorWithFieldInitialisers(Database db) {
    SessionFactory emf = factory(db);
    String handle = Unique.name("assigned");
    fromTransaction(emf, em -> {
      AssignedUser user = new AssignedUser(handle);
      em.persist(user);
      assertNotNull(user.profile, "set through the package-private field");
      assertEquals("light", user.profile.getTheme(), "field initialisers ran");
      assertNotNull(user.profile.getCreatedAt());
      return null;
    });
    assertEquals(1, count(emf, "select count(p) from AssignedUserProfile p where p.user.handle = ?1", handle));
    assertEquals(1, count(emf, "select count(p) from AssignedUserProfile p where p.theme = 'light' and p.user.handle = ?1", handle));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfANewUserWithAnAssignedId(Database db) {
    SessionFactory emf = factory(db);
    String handle = Unique.name("assigned-merge");
    fromTransaction(emf, em -> {
      AssignedUser managed = em.merge(new AssignedUser(handle));
      assertNotNull(managed.profile);
      assertSame(managed, managed.profile.getUser());
      return null;
    });
    assertEquals(1, count(emf, "select count(p) from AssignedUserProfile p where p.user.handle = ?1", handle));

    // merging it again, detached, is an update: still one profile
    fromTransaction(emf, em -> em.merge(new AssignedUser(handle)));
    assertEquals(1, count(emf, "select count(p) from AssignedUserProfile p where p.user.handle = ?1", handle));
  }
}
