package dev.autoprofile.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only if the PostgreSQL of the {@code postgres} profile answers: the URL and
 * user of application-postgres.properties, or those of SPRING_DATASOURCE_URL, _USERNAME and
 * _PASSWORD. Unreachable, the class is skipped with the reason, except when the environment
 * variable CI is set: there it fails, because CI must test PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Reachable.class)
@interface RequiresPostgres {

  /** Checked before Spring starts the context, so an unreachable database costs one connect. */
  final class Reachable implements ExecutionCondition {
    static final String URL = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
    static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

    @Override
    @SuppressWarnings("try") // the connection is opened to see that it can be
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      DriverManager.setLoginTimeout(5);
      try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
        return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
      } catch (SQLException e) {
        String reason = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
        if (System.getenv("CI") != null) {
          throw new IllegalStateException(reason + "; CI is set, so the PostgreSQL tests must run");
        }
        return ConditionEvaluationResult.disabled(reason + "; skipped (set CI to make this a failure)");
      }
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
