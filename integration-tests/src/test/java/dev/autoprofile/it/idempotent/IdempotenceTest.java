package dev.autoprofile.it.idempotent;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import dev.autoprofile.it.basic.Member;
import dev.autoprofile.it.basic.MemberProfile;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Never a second profile: whatever the order of saves, at most one per user. */
class IdempotenceTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Reader.class, ReaderProfile.class, Critic.class, CriticProfile.class,
        Member.class, MemberProfile.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileWhosePersistCascadesToItsNewUserIsTheOneKept(Database db) {
    SessionFactory emf = factory(db);
    String name = Unique.name("reader");
    inTransaction(emf, em -> {
      ReaderProfile own = new ReaderProfile(new Reader(name));
      own.setNote("mine");
      em.persist(own);
    });
    assertEquals(1, count(emf, "select count(p) from ReaderProfile p where p.reader.name = ?1", name));
    assertEquals(1, count(emf, "select count(p) from ReaderProfile p where p.note = 'mine' and p.reader.name = ?1", name));

    String critic = Unique.name("critic");
    inTransaction(emf, em -> em.persist(new CriticProfile(new Critic(critic))));
    assertEquals(1, count(emf, "select count(p) from CriticProfile p where p.critic.name = ?1", critic));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistClearCommitLeavesNoOrphanAndNoTwin(Database db) {
    SessionFactory emf = factory(db);
    String reader = Unique.name("cleared-identity");
    String critic = Unique.name("cleared-sequence");
    inTransaction(emf, em -> {
      em.persist(new Reader(reader));
      em.persist(new Critic(critic));
      em.clear();
    });
    // IDENTITY inserted both rows at persist; SEQUENCE inserts were still queued and are dropped
    assertEquals(count(emf, "select count(r) from Reader r where r.name = ?1", reader),
        count(emf, "select count(p) from ReaderProfile p where p.reader.name = ?1", reader));
    assertEquals(0, count(emf, "select count(c) from Critic c where c.name = ?1", critic));
    assertEquals(0, count(emf, "select count(p) from CriticProfile p where p.critic.name = ?1", critic));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void repeatedMergesOfTheSameDetachedUserKeepOneProfile(Database db) {
    SessionFactory emf = factory(db);
    Critic detached = fromTransaction(emf, em -> {
      Critic critic = new Critic(Unique.name("merged-again"));
      em.persist(critic);
      return critic;
    });
    for (int i = 0; i < 3; i++) {
      String name = Unique.name("renamed");
      detached.setName(name);
      inTransaction(emf, em -> {
        em.merge(detached);
        em.merge(detached);
      });
    }
    assertEquals(1, count(emf, "select count(p) from CriticProfile p where p.critic.id = ?1", detached.getId()));

    Member member = fromTransaction(emf, em -> {
      Member m = new Member(Unique.name("merged-member"));
      em.persist(m);
      return m;
    });
    inTransaction(emf, em -> em.merge(member));
    inTransaction(emf, em -> em.merge(member));
    assertEquals(1, count(emf, "select count(p) from MemberProfile p where p.member.id = ?1", member.getId()));
  }
}
