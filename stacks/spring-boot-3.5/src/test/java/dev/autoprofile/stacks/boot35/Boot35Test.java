package dev.autoprofile.stacks.boot35;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application, started on a database as its migrations leave it: the users from before
 * AutoProfile (V2) are there again at every start, also on a PostgreSQL kept between runs. The
 * context is closed after its class, since the next one wipes the schema it uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(Boot35Test.MigrateFromScratch.class)
@DirtiesContext
@interface Boot35Test {

  /** Flyway cleans the application's schema, then migrates, before the EntityManagerFactory starts. */
  @TestConfiguration(proxyBeanMethods = false)
  class MigrateFromScratch {
    @Bean
    FlywayConfigurationCustomizer cleanAllowed() {
      return configuration -> configuration.cleanDisabled(false);
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
      return flyway -> {
        flyway.clean();
        flyway.migrate();
      };
    }
  }
}
