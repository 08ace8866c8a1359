package dev.autoprofile.it.modules.profiles;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The databases of the integration tests (see integration-tests' {@code Database}): when a server
 * is unreachable the test fails under {@code CI} and is skipped, with the reason, elsewhere.
 */
enum Database {
  H2("jdbc:h2:mem:autoprofile-modules;DB_CLOSE_DELAY=-1", "sa"),
  POSTGRESQL(env("AUTOPROFILE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"), "postgres"),
  MARIADB(env("AUTOPROFILE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"), "root");

  final String url;
  final String user;

  Database(String url, String user) {
    this.url = url;
    this.user = user;
  }

  /** Fails (under CI) or skips (elsewhere) the calling test if this database cannot be reached. */
  void requireReachable() {
    String problem = problem();
    if (problem != null && System.getenv("CI") != null) {
      fail(this + " is not reachable at " + url + " (" + problem + "); CI is set, so every database must be up");
    }
    assumeTrue(problem == null,
        () -> this + " is not reachable at " + url + " (" + problem + "); skipping (set CI to make this a failure)");
  }

  /** Why no connection can be made, or null when one can. */
  @SuppressWarnings("try")
  private String problem() {
    DriverManager.setLoginTimeout(5);
    try (Connection ignored = DriverManager.getConnection(url, user, "")) {
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
