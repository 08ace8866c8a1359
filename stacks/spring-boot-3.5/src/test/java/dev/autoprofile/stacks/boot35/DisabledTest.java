package dev.autoprofile.stacks.boot35;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autoprofile.AutoProfiles;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** {@code spring.jpa.properties.autoprofile.enabled=false} switches AutoProfile off, its startup backfill too. */
class DisabledTest {

  @Nested
  @Boot35Test
  class H2 extends Contract {}

  @Nested
  @Boot35Test
  @OnPostgres
  class PostgreSQL extends Contract {}

  @TestPropertySource(properties = "spring.jpa.properties.autoprofile.enabled=false")
  abstract static class Contract {
    @Autowired UserRepository users;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired Rows rows;

    @Test
    void aNewUserGetsNoProfile() {
      User user = users.save(new User("ada", "ada@example.org"));

      assertThat(user.getProfile()).isNull();
      assertThat(rows.profiles(user.getId())).isZero();
      assertThat(rows.notificationSettings(user.getId())).isZero();
    }

    @Test
    void theUsersFromBeforeWereNotBackfilledDespiteBackfillRun() {
      for (String name : BackfillAtStartupTest.USERS_FROM_BEFORE) {
        assertThat(rows.profiles(rows.idOf(name))).isZero();
        assertThat(rows.notificationSettings(rows.idOf(name))).isZero();
      }
    }

    @Test
    void anExplicitBackfillSaysAutoProfileIsOff() {
      assertThatThrownBy(() -> AutoProfiles.backfill(entityManagerFactory))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("spring.jpa.properties.autoprofile.enabled=true");
    }
  }
}
