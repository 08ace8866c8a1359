package dev.autoprofile.it.basic;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Django's {@code created=True}: a new user gets exactly one profile, atomically. */
class CreateProfileTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Member.class, MemberProfile.class, Strict.class, StrictProfile.class);
  }

  private static long profilesOf(SessionFactory emf, Long memberId) {
    return count(emf, "select count(p) from MemberProfile p where p.member.id = ?1", memberId);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistCreatesTheProfileInTheSamePersistenceContext(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("ada"));
      em.persist(member);

      MemberProfile profile = member.getProfile();
      assertNotNull(profile, "the inverse attribute holds the new profile");
      assertSame(member, profile.getMember());
      assertTrue(em.contains(profile), "the profile is managed");
      assertEquals(member.getUsername(), profile.getDisplayName(), "built by the constructor taking the user");
      MemberProfile queried = em.createQuery("select p from MemberProfile p where p.member = :m", MemberProfile.class)
          .setParameter("m", member).getSingleResult();
      assertSame(profile, queried, "a query in the same transaction finds it");
      return member.getId();
    });
    assertEquals(1, profilesOf(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfANewUserCreatesOneProfileOnTheManagedCopy(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member detachedNew = new Member(Unique.name("grace"));
      Member managed = em.merge(detachedNew);
      assertNotNull(managed.getProfile());
      assertSame(managed, managed.getProfile().getMember(), "linked to the managed copy");
      assertTrue(em.contains(managed.getProfile()));
      return managed.getId();
    });
    assertEquals(1, profilesOf(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void rollbackLeavesNeitherRow(Database db) {
    SessionFactory emf = factory(db);
    String username = Unique.name("rolled-back");
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      em.persist(new Member(username));
      em.flush();
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    assertEquals(0, count(emf, "select count(m) from Member m where m.username = ?1", username));
    assertEquals(0, count(emf, "select count(p) from MemberProfile p where p.member.username = ?1", username));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileTheDatabaseRefusesFailsTheUsersTransaction(Database db) {
    SessionFactory emf = factory(db);
    String name = Unique.name("strict");
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      Strict strict = new Strict(name);
      // the application swallows whatever persist or flush throws...
      try {
        em.persist(strict);
        em.flush();
      } catch (PersistenceException swallowed) {
        // ...and tries to commit anyway
      }
      assertTrue(em.getTransaction().getRollbackOnly(), "the failure marked the transaction rollback-only");
      try {
        em.getTransaction().commit(); // native bootstrap rolls back silently; JPA compliance would throw
      } catch (RuntimeException expected) {
        // either way, nothing is committed
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    assertEquals(0, count(emf, "select count(s) from Strict s where s.name = ?1", name));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void suspendCreatesNothing(Database db) {
    SessionFactory emf = factory(db);
    Long id;
    try (var suspended = AutoProfiles.suspend()) {
      id = fromTransaction(emf, em -> {
        Member member = new Member(Unique.name("fixture"));
        em.persist(member);
        assertEquals(null, member.getProfile());
        return member.getId();
      });
    }
    assertEquals(0, profilesOf(emf, id));

    Long after = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("after-fixture"));
      em.persist(member);
      return member.getId();
    });
    assertEquals(1, profilesOf(emf, after), "closing the suspension resumes creation");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileSetOnTheUserBeforePersistIsTheOnePersisted(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("linus"));
      MemberProfile own = new MemberProfile(member);
      own.setDisplayName("Chosen by the app");
      member.setProfile(own);
      em.persist(member);
      assertSame(own, member.getProfile());
      assertTrue(em.contains(own));
      return member.getId();
    });
    assertEquals(1, profilesOf(emf, id));
    assertEquals("Chosen by the app", fromTransaction(emf, em ->
        em.createQuery("select p.displayName from MemberProfile p where p.member.id = :id", String.class)
            .setParameter("id", id).getSingleResult()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileSetOnTheUserBeforeMergeIsTheOnePersisted(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("barbara"));
      MemberProfile own = new MemberProfile(member);
      own.setDisplayName("Merged with its profile");
      member.setProfile(own);
      Member managed = em.merge(member);
      assertSame(managed, managed.getProfile().getMember());
      return managed.getId();
    });
    assertEquals(1, profilesOf(emf, id));
    assertEquals("Merged with its profile", fromTransaction(emf, em ->
        em.createQuery("select p.displayName from MemberProfile p where p.member.id = :id", String.class)
            .setParameter("id", id).getSingleResult()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistOfAnAlreadyManagedUserCreatesNoSecondProfile(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("twice"));
      em.persist(member);
      em.persist(member);
      em.merge(member);
      return member.getId();
    });
    assertEquals(1, profilesOf(emf, id));
    inTransaction(emf, em -> em.merge(em.find(Member.class, id)));
    assertEquals(1, profilesOf(emf, id));
  }
}
