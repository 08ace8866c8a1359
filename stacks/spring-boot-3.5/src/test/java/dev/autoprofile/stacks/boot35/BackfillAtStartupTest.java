package dev.autoprofile.stacks.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.BackfillReport;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code spring.jpa.properties.autoprofile.backfill}: the users Flyway's V2 migration inserts before
 * the EntityManagerFactory starts, as an existing database holds them, with {@code run} (the
 * application's setting) and {@code check}. The log is captured from before the context starts.
 */
class BackfillAtStartupTest {
  static final List<String> USERS_FROM_BEFORE = List.of("grace", "barbara");

  @Nested
  @Boot35Test
  class RunOnH2 extends Run {}

  @Nested
  @Boot35Test
  @OnPostgres
  class RunOnPostgreSQL extends Run {}

  @Nested
  @Boot35Test
  class CheckOnH2 extends Check {}

  @Nested
  @Boot35Test
  @OnPostgres
  class CheckOnPostgreSQL extends Check {}

  @ExtendWith(OutputCaptureExtension.class)
  abstract static class Run {
    @Autowired Rows rows;
    @Autowired UserRepository users;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void theUsersFromBeforeGotTheirProfilesBuiltByTheirConstructors() {
      for (String name : USERS_FROM_BEFORE) {
        long id = rows.idOf(name);
        assertThat(rows.profiles(id)).isOne();
        assertThat(rows.notificationSettings(id)).isOne();
        User user = users.findById(id).orElseThrow();
        assertThat(user.getProfile().getDisplayName()).isEqualTo(name);
      }
      assertThat(AutoProfiles.backfill(entityManagerFactory).countMissing()).isZero();
    }

    @Test
    void theBackfillRanAfterFlywayAndBeforeTheApplicationStarted(CapturedOutput output) {
      String log = output.getAll();
      int migrated = log.indexOf("Successfully applied 2 migrations");
      int backfilled = log.indexOf("Backfill: 4 profiles created in ");
      int started = log.indexOf(
          "Started " + getClass().getEnclosingClass().getSimpleName() + "." + getClass().getSimpleName() + " in ");
      assertThat(migrated).as("Flyway's migration in the log").isNotNegative();
      assertThat(backfilled).as("the backfill's report in the log").isGreaterThan(migrated);
      assertThat(started).as("the application's start in the log").isGreaterThan(backfilled);
      assertThat(log.substring(backfilled))
          .contains("(User → Profile 2; User → NotificationSettings 2) (autoprofile.backfill=run)");
      assertThat(log.substring(log.lastIndexOf('\n', backfilled))).contains(" INFO ");
    }
  }

  @ExtendWith(OutputCaptureExtension.class)
  @TestPropertySource(properties = "spring.jpa.properties.autoprofile.backfill=check")
  abstract static class Check {
    @Autowired Rows rows;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void oneWarningPerModelCountsTheUsersWithout(CapturedOutput output) {
      List<String> warnings = output.getAll().lines().filter(line -> line.contains(" WARN ")).toList();
      assertThat(warnings).filteredOn(line -> line.contains("AutoProfile:")).satisfiesExactlyInAnyOrder(
          line -> assertThat(line).contains("AutoProfile: 2 " + User.class.getName() + " users have no "
              + Profile.class.getName() + " profile"),
          line -> assertThat(line).contains("AutoProfile: 2 " + User.class.getName() + " users have no "
              + NotificationSettings.class.getName() + " profile"));
      assertThat(output.getAll()).doesNotContain("Backfill: ");
    }

    @Test
    void checkWroteNothingAndTheWarningsAdviceWorksOnSpringsEntityManagerFactory() {
      for (String name : USERS_FROM_BEFORE) {
        assertThat(rows.profiles(rows.idOf(name))).isZero();
        assertThat(rows.notificationSettings(rows.idOf(name))).isZero();
      }
      assertThat(AutoProfiles.backfill(entityManagerFactory).countMissing()).isEqualTo(4);

      BackfillReport report = AutoProfiles.backfill(entityManagerFactory).run();

      assertThat(report.created()).isEqualTo(4);
      for (String name : USERS_FROM_BEFORE) {
        assertThat(rows.profiles(rows.idOf(name))).isOne();
        assertThat(rows.notificationSettings(rows.idOf(name))).isOne();
      }
      assertThat(AutoProfiles.backfill(entityManagerFactory).run().created()).isZero();
    }
  }
}
