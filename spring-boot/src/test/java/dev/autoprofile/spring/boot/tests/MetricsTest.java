package dev.autoprofile.spring.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The counters count what AutoProfile did, per entity manager factory, user and model. */
@SpringBootTest(properties = "autoprofile.backfill=run")
class MetricsTest {
  private static final String PROFILE = MemberProfile.class.getName();
  private static final String BADGE = Badge.class.getName();

  @Autowired MeterRegistry registry;
  @Autowired MemberRepository members;
  @Autowired TransactionTemplate transaction;

  @Test
  void theStartupBackfillIsCounted() {
    assertThat(count("autoprofile.profiles.backfilled", PROFILE)).isEqualTo(2);
    assertThat(count("autoprofile.profiles.backfilled", BADGE)).isEqualTo(2);
  }

  @Test
  void threeNewMembersAreThreeProfilesAndThreeBadgesCreated() {
    double profiles = count("autoprofile.profiles.created", PROFILE);
    double badges = count("autoprofile.profiles.created", BADGE);

    members.saveAll(List.of(new Member("ada-1"), new Member("ada-2"), new Member("ada-3")));

    assertThat(count("autoprofile.profiles.created", PROFILE) - profiles).isEqualTo(3);
    assertThat(count("autoprofile.profiles.created", BADGE) - badges).isEqualTo(3);
  }

  @Test
  void savingADetachedMemberSavesTheProfileItHolds() {
    Member member = members.save(new Member("edsger"));
    Member detached = transaction.execute(status -> {
      Member loaded = members.findById(member.getId()).orElseThrow();
      loaded.getProfile().getBio(); // loaded with its profile, then detached
      return loaded;
    });
    double saved = count("autoprofile.profiles.saved", PROFILE);

    detached.getProfile().setBio("structured");
    members.save(detached);

    assertThat(count("autoprofile.profiles.saved", PROFILE) - saved).isEqualTo(1);
    assertThat(registry.find("autoprofile.profiles.saved").tag("model", BADGE).counter())
        .as("onUpdate = IGNORE: never saved").isNull();
  }

  @Test
  void removingAMemberRemovesBothAndIsCounted() {
    Member member = members.save(new Member("alan"));
    double profiles = count("autoprofile.profiles.deleted", PROFILE);
    double badges = count("autoprofile.profiles.deleted", BADGE);

    members.deleteById(member.getId());

    assertThat(count("autoprofile.profiles.deleted", PROFILE) - profiles).isEqualTo(1);
    assertThat(count("autoprofile.profiles.deleted", BADGE) - badges).isEqualTo(1);
  }

  @Test
  void aProfileThatCannotBeBuiltIsAFailureOfCreate() {
    Counter failures = registry.find("autoprofile.profiles.failures").tag("model", PROFILE)
        .tag("operation", "create").counter();
    double before = failures == null ? 0 : failures.count();

    assertThatThrownBy(() -> members.save(new Member("broken"))).hasMessageContaining("a profile needs a proper name");

    assertThat(registry.get("autoprofile.profiles.failures").tag("model", PROFILE).tag("operation", "create")
        .tag("entityManagerFactory", "entityManagerFactory").tag("user", Member.class.getName()).counter().count()
        - before).isEqualTo(1);
  }

  private double count(String name, String model) {
    Counter counter = registry.find(name)
        .tag("entityManagerFactory", "entityManagerFactory")
        .tag("user", Member.class.getName())
        .tag("model", model)
        .counter();
    return counter == null ? 0 : counter.count();
  }
}
