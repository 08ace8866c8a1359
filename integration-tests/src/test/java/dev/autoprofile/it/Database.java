package dev.autoprofile.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The databases every runtime test runs on. PostgreSQL and MariaDB are real servers on
 * 127.0.0.1; when one is unreachable the test fails under {@code CI} and is skipped, with the
 * reason, elsewhere.
 */
public enum Database {
  H2("jdbc:h2:mem:autoprofile;DB_CLOSE_DELAY=-1", "sa", ""),
  POSTGRESQL(env("AUTOPROFILE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"), "postgres", ""),
  MARIADB(env("AUTOPROFILE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"), "root", "");

  private static final Map<Database, String> UNREACHABLE = new ConcurrentHashMap<>();

  public final String url;
  public final String user;
  public final String password;

  Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Fails (under CI) or skips (elsewhere) the calling test if this database cannot be reached. */
  @SuppressWarnings("try")
  public void requireReachable() {
    String problem = UNREACHABLE.computeIfAbsent(this, db -> {
      DriverManager.setLoginTimeout(5);
      try (Connection ignored = DriverManager.getConnection(url, user, password)) {
        return "";
      } catch (SQLException e) {
        return e.getMessage();
      }
    });
    if (problem.isEmpty()) {
      return;
    }
    String reason = this + " is not reachable at " + url + " (" + problem + ")";
    if (System.getenv("CI") != null) {
      fail(reason + "; CI is set, so every database must be up");
    }
    assumeTrue(problem.isEmpty(), reason + "; skipping (set CI to make this a failure)");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** A plain (unpooled) data source, for tests that wrap it to watch statements. */
  public DataSource dataSource() {
    return switch (this) {
      case H2 -> {
        var ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        yield ds;
      }
      case POSTGRESQL -> {
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        yield ds;
      }
      case MARIADB -> {
        try {
          var ds = new org.mariadb.jdbc.MariaDbDataSource(url);
          ds.setUser(user);
          ds.setPassword(password);
          yield ds;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
