package dev.autoprofile.stacks.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autoprofile.AutoProfiles;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Boot's other way to seed a database: Hibernate makes the schema and {@code data.sql} fills it,
 * with {@code spring.jpa.defer-datasource-initialization=true}. Deferring runs the script after
 * the EntityManagerFactory is built, so after {@code autoprofile.backfill=run}, which then finds no
 * user; an {@link ApplicationRunner} runs once the script has, and its backfill finds them. The
 * order is Spring's, the same on every database: tested on H2 only.
 */
@SpringBootTest(properties = {
    "spring.flyway.enabled=false",
    "spring.jpa.hibernate.ddl-auto=create-drop",
    "spring.jpa.defer-datasource-initialization=true",
    "spring.sql.init.data-locations=classpath:users-from-before.sql"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DeferredDataSqlTest {
  @Autowired Rows rows;

  @TestConfiguration(proxyBeanMethods = false)
  static class BackfillOnceStarted {
    private static final Logger LOG = LoggerFactory.getLogger(BackfillOnceStarted.class);

    @Bean
    ApplicationRunner backfillAfterDataSql(EntityManagerFactory entityManagerFactory) {
      return arguments -> LOG.info("after data.sql: {}", AutoProfiles.backfill(entityManagerFactory).run());
    }
  }

  @Test
  void theStartupBackfillRanBeforeDataSqlAndAnApplicationRunnerAfterIt(CapturedOutput output) {
    String log = output.getAll();
    assertThat(log).contains("Backfill: 0 profiles created in ");
    assertThat(log).contains("after data.sql: Backfill: 4 profiles created in ");
    for (String name : BackfillAtStartupTest.USERS_FROM_BEFORE) {
      assertThat(rows.profiles(rows.idOf(name))).isOne();
      assertThat(rows.notificationSettings(rows.idOf(name))).isOne();
    }
  }
}
