package dev.autoprofile.it.failure;

import static dev.autoprofile.it.Jpa.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input at run time: a profile that cannot be built fails the user's save with an
 * AutoProfileException naming both entities, and the user is never committed without it, even
 * when the application swallows the exception and commits.
 */
class RuntimeFailureTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Exploding.class, ExplodingProfile.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistOfAUserWhoseProfileCannotBeBuiltFailsAndRollsBack(Database db) {
    assertFailsAndRollsBack(db, EntityManager::persist);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfAUserWhoseProfileCannotBeBuiltFailsAndRollsBack(Database db) {
    assertFailsAndRollsBack(db, EntityManager::merge);
  }

  private static void assertFailsAndRollsBack(Database db, BiConsumer<EntityManager, Exploding> save) {
    SessionFactory sf = factory(db);
    String name = "exploding-" + UUID.randomUUID();
    EntityManager em = sf.createEntityManager();
    try {
      em.getTransaction().begin();
      // something else in the same transaction, committed or not with it
      em.createNativeQuery("select 1").getSingleResult();

      RuntimeException thrown = assertThrows(RuntimeException.class, () -> save.accept(em, new Exploding(name)));
      AutoProfileException failure = Causes.require(thrown, AutoProfileException.class);
      String message = failure.getMessage();
      assertTrue(message.contains(Exploding.class.getName()), message);
      assertTrue(message.contains(ExplodingProfile.class.getName()), message);
      IllegalStateException refusal = Causes.require(failure, IllegalStateException.class);
      assertTrue(refusal.getMessage().startsWith(ExplodingProfile.REFUSAL), refusal.getMessage());

      // the application swallows it and carries on
      assertTrue(em.getTransaction().isActive());
      assertTrue(em.getTransaction().getRollbackOnly(), "the failure marked the transaction rollback-only");
      try {
        em.getTransaction().commit();
      } catch (RuntimeException rolledBack) {
        // JPA says commit of a rollback-only transaction throws; either way nothing is committed
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    assertEquals(0, count(sf, "select count(e) from Exploding e where e.name = ?1", name), "no user without its profile");
    assertEquals(0, count(sf, "select count(p) from ExplodingProfile p where p.user.name = ?1", name));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void aLegacyUserWhoseProfileCannotBeBuiltFailsItsUpdateAtFlush(Database db) {
    SessionFactory sf = factory(db);
    String name = "legacy-exploding-" + UUID.randomUUID();
    Long id;
    try (var fixtures = AutoProfiles.suspend()) {
      id = Jpa.fromTransaction(sf, em -> {
        Exploding user = new Exploding(name);
        em.persist(user);
        return user.getId();
      });
    }
    EntityManager em = sf.createEntityManager();
    try {
      em.getTransaction().begin();
      em.find(Exploding.class, id).rename(name + "-renamed");
      // the flush of the dirty user gives it its missing profile, whose constructor throws
      RuntimeException thrown = assertThrows(RuntimeException.class, em::flush);
      AutoProfileException failure = Causes.require(thrown, AutoProfileException.class);
      assertTrue(failure.getMessage().contains(Exploding.class.getName()), failure.getMessage());
      assertTrue(failure.getMessage().contains(ExplodingProfile.class.getName()), failure.getMessage());
      assertTrue(em.getTransaction().getRollbackOnly(), "the failure marked the transaction rollback-only");
      try {
        em.getTransaction().commit();
      } catch (RuntimeException rolledBack) {
        // nothing is committed either way
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    assertEquals(1, count(sf, "select count(e) from Exploding e where e.name = ?1", name), "the update was rolled back");
    assertEquals(0, count(sf, "select count(p) from ExplodingProfile p where p.user.id = ?1", id));
  }
}
