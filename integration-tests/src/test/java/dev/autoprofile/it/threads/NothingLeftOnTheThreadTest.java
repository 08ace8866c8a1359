package dev.autoprofile.it.threads;

import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import dev.autoprofile.it.basic.Member;
import dev.autoprofile.it.basic.MemberProfile;
import dev.autoprofile.it.cascade.Player;
import dev.autoprofile.it.cascade.PlayerProfile;
import dev.autoprofile.it.cascade.Team;
import dev.autoprofile.it.delete.Subscriber;
import dev.autoprofile.it.delete.SubscriberProfile;
import dev.autoprofile.it.failure.Exploding;
import dev.autoprofile.it.failure.ExplodingProfile;
import dev.autoprofile.it.ids.UuidUser;
import dev.autoprofile.it.ids.UuidUserProfile;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After a transaction, successful or not, AutoProfile leaves no value on the thread: on the pooled
 * threads of a servlet container such a value would pin the web application's class loader after
 * a redeploy. Reads the thread's ThreadLocalMap (surefire opens java.lang for it).
 */
class NothingLeftOnTheThreadTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Member.class, MemberProfile.class, Team.class, Player.class, PlayerProfile.class,
        Exploding.class, ExplodingProfile.class, UuidUser.class, UuidUserProfile.class, Subscriber.class,
        SubscriberProfile.class);
  }

  /** The values of the current thread's thread-locals whose class is one of AutoProfile's. */
  private static List<String> autoProfileValues() {
    List<String> found = new ArrayList<>();
    try {
      Object map = field(Thread.class, "threadLocals").get(Thread.currentThread());
      if (map == null) {
        return found;
      }
      for (Object entry : (Object[]) field(map.getClass(), "table").get(map)) {
        if (entry != null) {
          Object value = field(entry.getClass(), "value").get(entry);
          if (value != null && value.getClass().getName().startsWith("dev.autoprofile.")) {
            found.add(value.getClass().getName());
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read the thread's ThreadLocalMap (is java.lang opened?)", e);
    }
    return found;
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static void assertNothingLeft(String after) {
    assertEquals(List.of(), autoProfileValues(), "AutoProfile values left on the thread after " + after);
  }

  private static Member persisted(SessionFactory sf) {
    return fromTransaction(sf, em -> {
      Member member = new Member(Unique.name("thread"));
      em.persist(member);
      return member;
    });
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void successfulSaves(Database db) {
    SessionFactory sf = factory(db);
    Member detached = persisted(sf);
    assertNothingLeft("persist");

    inTransaction(sf, em -> em.merge(new Member(Unique.name("merged"))));
    assertNothingLeft("merge of a new user");

    detached.getProfile().setDisplayName("changed");
    inTransaction(sf, em -> em.merge(detached));
    assertNothingLeft("merge of a detached user");

    inTransaction(sf, em -> {
      Team team = new Team(Unique.name("team"));
      team.sign("first");
      team.sign("second");
      em.persist(team);
    });
    assertNothingLeft("a persist that cascades to users");

    Subscriber leaving = fromTransaction(sf, em -> {
      Subscriber subscriber = new Subscriber(Unique.name("leaving"));
      em.persist(subscriber);
      return subscriber;
    });
    inTransaction(sf, em -> em.remove(em.merge(leaving)));
    assertNothingLeft("remove(merge(detached))");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void suspendedAndLegacySaves(Database db) {
    SessionFactory sf = factory(db);
    UUID id;
    try (var fixtures = AutoProfiles.suspend()) {
      id = fromTransaction(sf, em -> {
        UuidUser user = new UuidUser(Unique.name("legacy"));
        em.persist(user);
        return user.getId();
      });
    }
    assertNothingLeft("a closed suspension");

    inTransaction(sf, em -> em.find(UuidUser.class, id).setName(Unique.name("renamed")));
    assertNothingLeft("a flush that checked a legacy user's profile with a query");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void failedSaves(Database db) {
    SessionFactory sf = factory(db);
    assertThrows(RuntimeException.class, () -> inTransaction(sf, em -> em.persist(new Exploding(Unique.name("boom")))));
    assertNothingLeft("a profile constructor that throws");

    String taken = persisted(sf).getUsername();
    // IDENTITY: the user's insert runs inside Hibernate's persist, between AutoProfile's two listeners
    assertThrows(RuntimeException.class, () -> inTransaction(sf, em -> em.persist(new Member(taken))));
    assertNothingLeft("a user insert that fails");

    assertThrows(RuntimeException.class, () -> inTransaction(sf, em -> em.merge(new Member(taken))));
    assertNothingLeft("a merge whose insert fails");
  }
}
