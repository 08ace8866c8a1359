package dev.autoprofile.spring.boot.tests;

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
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the class with the {@code postgres} profile (application-postgres.properties), if that
 * server answers. If it does not, the class fails when the environment variable CI is set, and is
 * skipped with the reason elsewhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@ExtendWith(OnPostgres.Reachable.class)
@interface OnPostgres {

  /** One connect before Spring starts, with the URL and user of application-postgres.properties. */
  final class Reachable implements ExecutionCondition {
    private static final String URL = env("AUTOPROFILE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = "postgres";
    private static final String PASSWORD = "";

    @Override
    @SuppressWarnings("try") // opened only to see that it can be
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
