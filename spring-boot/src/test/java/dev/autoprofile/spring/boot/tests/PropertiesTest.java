package dev.autoprofile.spring.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.autoprofile.spi.RegisteredPairs;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code autoprofile.enabled} and {@code autoprofile.backfill} in application properties reach the
 * EntityManagerFactory; a unit's own {@code spring.jpa.properties.autoprofile.*} wins; IDEs get their metadata.
 * data.sql's members (grace, barbara) are stored before the factory starts.
 */
class PropertiesTest {
  static final List<String> MEMBERS_FROM_BEFORE = List.of("grace", "barbara");

  @Nested
  @SpringBootTest(properties = "autoprofile.backfill=run")
  class BackfillRunOnH2 extends BackfillRun {}

  @Nested
  @SpringBootTest(properties = "autoprofile.backfill=run")
  @OnPostgres
  class BackfillRunOnPostgreSQL extends BackfillRun {}

  abstract static class BackfillRun {
    @Autowired Rows rows;

    @Test
    void theMembersFromBeforeGotTheirProfileAndBadgeAtStartup() {
      for (String name : MEMBERS_FROM_BEFORE) {
        assertThat(rows.profiles(name)).as(name).isOne();
        assertThat(rows.badges(name)).as(name).isOne();
      }
    }
  }

  @Nested
  @SpringBootTest(properties = {"autoprofile.enabled=false", "autoprofile.backfill=run"})
  class Disabled {
    @Autowired MemberRepository members;
    @Autowired Rows rows;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void aNewMemberGetsNothingAndNothingWasBackfilled() {
      members.save(new Member("ada"));

      assertThat(rows.profiles("ada")).isZero();
      assertThat(rows.badges("ada")).isZero();
      for (String name : MEMBERS_FROM_BEFORE) {
        assertThat(rows.profiles(name)).as(name).isZero();
      }
      assertThat(RegisteredPairs.of(entityManagerFactory).enabled()).isFalse();
    }
  }

  @Nested
  @SpringBootTest(properties = {"autoprofile.backfill=run", "spring.jpa.properties.autoprofile.backfill=none"})
  class TheUnitsOwnSettingWins {
    @Autowired MemberRepository members;
    @Autowired Rows rows;

    @Test
    void noBackfillButProfilesForNewMembers() {
      for (String name : MEMBERS_FROM_BEFORE) {
        assertThat(rows.profiles(name)).as(name).isZero();
      }
      members.save(new Member("ada"));
      assertThat(rows.profiles("ada")).isOne();
      assertThat(rows.badges("ada")).isOne();
    }
  }

  @Nested
  @SpringBootTest(properties = "spring.jpa.properties.autoprofile.backfill=run")
  class TheOldWayKeepsWorking {
    @Autowired Rows rows;

    @Test
    void springJpaPropertiesAutoprofileBackfill() {
      for (String name : MEMBERS_FROM_BEFORE) {
        assertThat(rows.profiles(name)).as(name).isOne();
      }
    }
  }

  /** The configuration processor's metadata, from the module's jar (or classes): what IDEs complete. */
  @Test
  void metadataDescribesEachKey() throws IOException {
    String metadata = null;
    for (URL url : Collections.list(getClass().getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("dev.autoprofile.spring.boot.AutoProfileProperties")) {
          metadata = text;
        }
      }
    }
    assertThat(metadata).as("AutoProfile's spring-configuration-metadata.json on the class path").isNotNull();
    List<Map<String, Object>> enabled = JsonPath.read(metadata, "$.properties[?(@.name == 'autoprofile.enabled')]");
    List<Map<String, Object>> backfill = JsonPath.read(metadata, "$.properties[?(@.name == 'autoprofile.backfill')]");
    assertThat(enabled).singleElement().satisfies(key -> {
      assertThat(key).containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
      assertThat((String) key.get("description")).startsWith("Whether AutoProfile creates, saves and removes profiles.");
    });
    assertThat(backfill).singleElement().satisfies(key -> {
      assertThat(key).containsEntry("defaultValue", "none");
      assertThat((String) key.get("description")).contains("check", "run");
    });
  }
}
