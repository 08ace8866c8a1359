package dev.autoprofile.bench;

import dev.autoprofile.bench.model.AutoLoneUser;
import dev.autoprofile.bench.model.AutoLoneUserProfile;
import dev.autoprofile.bench.model.BenchUser;
import dev.autoprofile.bench.model.HandLoneUser;
import dev.autoprofile.bench.model.HandLoneUserProfile;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The delete workloads {@link Census} counts: removing users that AutoProfile removes the profiles
 * of ({@code onDelete = DELETE}) next to the hand-written {@code remove(profile); remove(user)}.
 */
final class Deletes {
  /** The users that map no inverse attribute, AutoProfile's and the hand-written way's (SEQUENCE ids). */
  static final Model AUTO_LONE = new Model(Way.AUTOPROFILE, Ids.SEQUENCE, AutoLoneUser.class, AutoLoneUserProfile.class,
      AutoLoneUser::new, null);
  static final Model HAND_LONE = new Model(Way.HAND_WRITTEN, Ids.SEQUENCE, HandLoneUser.class, HandLoneUserProfile.class,
      HandLoneUser::new, u -> new HandLoneUserProfile((HandLoneUser) u));

  private Deletes() {}

  static String userTable(Model lone) {
    return lone == AUTO_LONE ? "bench_auto_lone_user" : "bench_hand_lone_user";
  }

  static String profileTable(Model lone) {
    return lone == AUTO_LONE ? "bench_auto_lone_profile" : "bench_hand_lone_profile";
  }

  /**
   * Loads every user with the profile it holds and removes them in one transaction: AutoProfile
   * and the cascade way by {@code remove(user)}, the hand-written way by {@code remove(profile);
   * remove(user)}.
   */
  static void removeLoaded(SessionFactory factory, Model model) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      List<BenchUser> users = session.createQuery(
              "select u from " + model.userEntity() + " u join fetch u.profile order by u.id", BenchUser.class)
          .getResultList();
      for (BenchUser user : users) {
        if (model.way() == Way.HAND_WRITTEN) {
          session.remove(user.getProfile());
        }
        session.remove(user);
      }
      session.getTransaction().commit();
    }
  }

  /**
   * Removes every user of a model that maps no inverse attribute: AutoProfile loads the users and
   * calls {@code remove(user)}; the hand-written way, which must know the profiles, loads them with
   * their users and calls {@code remove(profile); remove(user)}.
   */
  static void removeLone(SessionFactory factory, Model lone) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      if (lone == AUTO_LONE) {
        for (AutoLoneUser user : session.createQuery("select u from AutoLoneUser u order by u.id", AutoLoneUser.class)
            .getResultList()) {
          session.remove(user);
        }
      } else {
        for (HandLoneUserProfile profile : session.createQuery(
            "select p from HandLoneUserProfile p join fetch p.user order by p.user.id", HandLoneUserProfile.class)
            .getResultList()) {
          session.remove(profile);
          session.remove(profile.getUser());
        }
      }
      session.getTransaction().commit();
    }
  }

  /**
   * Creates and removes {@code n} users in one transaction, each removed right after it was
   * persisted: AutoProfile knows the profile it created, so it needs no query.
   */
  static void createThenRemove(SessionFactory factory, Model lone, int n) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      for (int i = 0; i < n; i++) {
        BenchUser user = lone.newUser().apply("gone" + i, "gone" + i + "@example.com");
        session.persist(user);
        if (lone == HAND_LONE) {
          Object profile = lone.handProfile().apply(user);
          session.persist(profile);
          session.remove(profile);
        }
        session.remove(user);
      }
      session.getTransaction().commit();
    }
  }
}
