package dev.autoprofile.bench;

import dev.autoprofile.bench.model.BenchUser;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The work the benchmarks time and {@link Census} counts: the same code for both, so that the
 * statements counted are those of the timed runs.
 */
public final class Workloads {
  /** Users persisted between {@code flush(); clear()}: a multiple of the batch size. */
  public static final int CHUNK = 1_000;

  private Workloads() {}

  /** Creates {@code n} users (and, one way or another, their profiles) in one transaction. */
  public static void create(SessionFactory factory, Model model, int n) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      boolean byHand = model.way() == Way.HAND_WRITTEN;
      for (int i = 0; i < n; i++) {
        BenchUser user = model.newUser().apply("user" + i, "user" + i + "@example.com");
        session.persist(user);
        if (byHand) {
          session.persist(model.handProfile().apply(user));
        }
        if ((i + 1) % CHUNK == 0) {
          session.flush();
          session.clear();
        }
      }
      session.getTransaction().commit();
    }
  }

  /**
   * Loads every user with its profile and changes each user's e-mail (and, if {@code profileToo},
   * the profile's display name) in one transaction: Hibernate's dirty checking writes them.
   */
  public static void updateManaged(SessionFactory factory, Model model, boolean profileToo, String stamp) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      for (BenchUser user : loadAll(session, model)) {
        user.setEmail(stamp);
        if (profileToo) {
          user.getProfile().setDisplayName(stamp);
        }
      }
      session.getTransaction().commit();
    }
  }

  /** Every user with its profile, in a closed session: detached. */
  public static List<BenchUser> loadDetached(SessionFactory factory, Model model) {
    try (Session session = factory.openSession()) {
      return loadAll(session, model);
    }
  }

  /**
   * Changes detached users (and their profiles, if {@code profileToo}) and merges them. The hand
   * written way merges the profile it holds too; AutoProfile ({@code onUpdate = SAVE}) promises to.
   */
  public static void updateMerged(
      SessionFactory factory, Model model, List<BenchUser> detached, boolean profileToo, String stamp) {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      boolean byHand = model.way() == Way.HAND_WRITTEN;
      int i = 0;
      for (BenchUser user : detached) {
        user.setEmail(stamp);
        if (profileToo) {
          user.getProfile().setDisplayName(stamp);
        }
        session.merge(user);
        if (byHand) {
          session.merge(user.getProfile());
        }
        if (++i % CHUNK == 0) {
          session.flush();
          session.clear();
        }
      }
      session.getTransaction().commit();
    }
  }

  private static List<BenchUser> loadAll(Session session, Model model) {
    return session.createQuery(
            "select u from " + model.userEntity() + " u join fetch u.profile order by u.id", BenchUser.class)
        .getResultList();
  }

  /** Empties the model's tables (not timed). */
  public static void truncate(SessionFactory factory, Db db, Model model) {
    factory.inTransaction(session -> session.doWork(connection -> {
      try (Statement s = connection.createStatement()) {
        switch (db) {
          case POSTGRESQL -> s.execute("truncate table " + model.profileTable() + ", " + model.userTable());
          case H2 -> {
            s.execute("delete from " + model.profileTable());
            s.execute("delete from " + model.userTable());
          }
        }
      }
    }));
  }

  /** Rows in {@code table} (optionally where {@code condition}), read with plain JDBC. */
  public static long count(SessionFactory factory, String table, String condition) {
    return factory.fromTransaction(session -> session.doReturningWork(connection -> {
      try (Statement s = connection.createStatement();
          ResultSet rows = s.executeQuery(
              "select count(*) from " + table + (condition == null ? "" : " where " + condition))) {
        rows.next();
        return rows.getLong(1);
      }
    }));
  }

  /**
   * Throws unless there are {@code n} users, each with exactly one profile: a benchmark that lost
   * profiles must not report a time.
   */
  public static void verifyCreated(SessionFactory factory, Model model, int n) {
    long users = count(factory, model.userTable(), null);
    long profiles = count(factory, model.profileTable(), null);
    long linked = count(factory, model.profileTable(),
        "user_id in (select id from " + model.userTable() + ")");
    if (users != n || profiles != n || linked != n) {
      throw new IllegalStateException(model.tablePrefix() + ": expected " + n + " users and profiles, found "
          + users + " users, " + profiles + " profiles, " + linked + " linked");
    }
  }
}
