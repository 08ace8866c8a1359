package dev.autoprofile.spring.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Run by its own surefire execution, whose class path lacks actuator and Micrometer: the application starts,
 * and the properties work, with neither counters nor endpoint.
 */
@SpringBootTest(properties = "autoprofile.backfill=run")
class WithoutActuatorOrMicrometerTest {
  @Autowired ApplicationContext context;
  @Autowired MemberRepository members;
  @Autowired Rows rows;

  @Test
  void theClassPathHasNeither() {
    assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.springframework.boot.actuate.endpoint.annotation.Endpoint"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(context.containsBean("autoProfileEndpoint")).isFalse();
    assertThat(context.containsBean("autoProfileCounters")).isFalse();
  }

  @Test
  void profilesAreCreatedAndTheStartupBackfillRan() {
    members.save(new Member("ada"));

    assertThat(rows.profiles("ada")).isOne();
    assertThat(rows.profiles("grace")).isOne();
    assertThat(rows.badges("barbara")).isOne();
  }
}
