package dev.autoprofile.it.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many threads creating users at once through one session factory: the listeners are shared, so
 * whatever state they keep must not leak between threads. Correctness only, checked with SQL:
 * one profile per user, no orphan profile, no lost user.
 */
class ConcurrentCreateTest {
  private static final int THREADS = 8;
  private static final int USERS_PER_THREAD = 1_000;
  private static final int PER_TRANSACTION = 50;

  private static final List<SessionFactory> OPENED = new ArrayList<>();

  @AfterAll
  static void close() {
    OPENED.forEach(SessionFactory::close);
  }

  @ParameterizedTest
  @EnumSource(value = Database.class)
  void eightThreadsCreatingAThousandUsersEachGetOneProfilePerUser(Database db) throws Exception {
    SessionFactory sf = Jpa.build(db, Map.of(
        AvailableSettings.STATEMENT_BATCH_SIZE, "50",
        AvailableSettings.ORDER_INSERTS, "true",
        AvailableSettings.POOL_SIZE, String.valueOf(THREADS + 2)),
        Crowd.class, CrowdProfile.class);
    OPENED.add(sf);
    String run = "crowd-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          start.await();
          for (int first = 0; first < USERS_PER_THREAD; first += PER_TRANSACTION) {
            int from = first;
            Jpa.inTransaction(sf, em -> {
              for (int i = from; i < from + PER_TRANSACTION; i++) {
                Crowd user = new Crowd(run + thread + "-" + i);
                if (i % 2 == 0) {
                  em.persist(user);
                } else {
                  em.merge(user); // the other way in: a new user merged
                }
              }
            });
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get(10, TimeUnit.MINUTES); // a guard against a hang, not a performance expectation
      }
    } finally {
      pool.shutdownNow();
    }

    int expected = THREADS * USERS_PER_THREAD;
    String pattern = run + "%";
    try (Connection connection = db.connect()) {
      assertEquals(expected, count(connection,
          "select count(*) from it_c_crowd where username like ?", pattern), "no lost user");
      assertEquals(expected, count(connection,
          "select count(*) from it_c_crowd_profile p join it_c_crowd u on u.id = p.user_id where u.username like ?",
          pattern), "one profile per user");
      assertEquals(expected, count(connection,
          "select count(distinct p.user_id) from it_c_crowd_profile p join it_c_crowd u on u.id = p.user_id"
              + " where u.username like ?", pattern), "no user with two profiles");
      assertEquals(0, count(connection,
          "select count(*) from it_c_crowd u left join it_c_crowd_profile p on p.user_id = u.id"
              + " where p.id is null and u.username like ?", pattern), "no user without its profile");
      assertEquals(0, count(connection,
          "select count(*) from it_c_crowd_profile p left join it_c_crowd u on u.id = p.user_id where u.id is null"),
          "no orphan profile");
      assertEquals(0, count(connection,
          "select count(*) from it_c_crowd_profile p join it_c_crowd u on u.id = p.user_id where p.nickname <> u.username"),
          "each profile was built from its own user");
    }
  }

  private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
