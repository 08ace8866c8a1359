package dev.autoprofile.it.concurrency;

import dev.autoprofile.it.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Waits until the database shows a transaction waiting for a lock: lets a race test commit once
 * the other side is really blocked on it. Best effort: a loaded machine may not get the other side
 * to its statement within the bound, and the race's outcome does not depend on it.
 */
final class Blocking {
  private static final long BOUND_MILLIS = 15_000;

  private Blocking() {}

  /** True once a session of {@code db} is seen waiting for a lock; false after the bound. */
  static boolean awaitLockWait(Database db) throws SQLException, InterruptedException {
    String sql = switch (db) {
      case POSTGRESQL -> "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()";
      case MARIADB -> "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'";
      case H2 -> "select count(*) from information_schema.sessions where blocker_id is not null";
    };
    long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = statement.executeQuery(sql)) {
          if (rows.next() && rows.getLong(1) > 0) {
            return true;
          }
        }
        Thread.sleep(20);
      }
    }
    return false;
  }
}
