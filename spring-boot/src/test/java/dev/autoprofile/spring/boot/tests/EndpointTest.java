package dev.autoprofile.spring.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/autoprofile}: the pairs of each EntityManagerFactory, the users lacking each profile on
 * request, and the backfill as a write operation that is off until access is unrestricted. No startup
 * backfill here: data.sql's two members lack both their profile and their badge.
 */
class EndpointTest {
  private static final String PAIRS = "$.entityManagerFactories.entityManagerFactory.pairs";

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
      properties = "management.endpoints.web.exposure.include=autoprofile")
  class ReadOnlyByDefault extends Read {
    @Test
    void theBackfillIsNotMappedAndNothingIsWritten() {
      HttpResponse<String> refused = http().post("/actuator/autoprofile");

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(405);
      assertThat(rows.profiles("grace")).isZero();
      assertThat(missing()).containsExactly(2, 2);
    }
  }

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
      "management.endpoints.web.exposure.include=autoprofile",
      "management.endpoint.autoprofile.access=unrestricted"})
  class UnrestrictedOnH2 extends Writable {}

  @Nested
  @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
      "management.endpoints.web.exposure.include=autoprofile",
      "management.endpoint.autoprofile.access=unrestricted"})
  @OnPostgres
  class UnrestrictedOnPostgreSQL extends Writable {}

  abstract static class Writable extends Read {
    @Test
    void postRunsTheBackfillAndReturnsItsReport() {
      rows.insertMemberWithoutProfiles("linus");

      HttpResponse<String> response = http().post("/actuator/autoprofile");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      DocumentContext report = JsonPath.parse(response.body());
      assertThat(report.read("$.entityManagerFactories.entityManagerFactory.created", Integer.class)).isEqualTo(6);
      Map<String, Object> byPair = report.read("$.entityManagerFactories.entityManagerFactory.createdByPair");
      assertThat(byPair).containsExactly(Map.entry("Member → MemberProfile", 3), Map.entry("Member → Badge", 3));
      assertThat(report.read("$.entityManagerFactories.entityManagerFactory.summary", String.class))
          .startsWith("Backfill: 6 profiles created in ");
      for (String name : List.of("grace", "barbara", "linus")) {
        assertThat(rows.profiles(name)).as(name).isOne();
        assertThat(rows.badges(name)).as(name).isOne();
      }
      assertThat(missing()).containsExactly(0, 0);
    }
  }

  abstract static class Read {
    @LocalServerPort int port;
    @Autowired Rows rows;

    Http http() {
      return new Http(port);
    }

    @Test
    void everyPairWithWhereItWasDeclared() {
      HttpResponse<String> response = http().get("/actuator/autoprofile");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/vnd.spring-boot.actuator.v3+json"));
      DocumentContext json = JsonPath.parse(response.body());
      assertThat(json.read("$.entityManagerFactories.entityManagerFactory.enabled", Boolean.class)).isTrue();
      List<Map<String, Object>> pairs = json.read(PAIRS);
      assertThat(pairs).containsExactly(
          Map.of("user", Member.class.getName(), "model", MemberProfile.class.getName(), "declaredOn", "user",
              "onUpdate", "SAVE", "onDelete", "DELETE"),
          Map.of("user", Member.class.getName(), "model", Badge.class.getName(), "declaredOn", "model",
              "onUpdate", "IGNORE", "onDelete", "DELETE"));
    }

    @Test
    void missingCountsTheUsersWithoutEachProfile() {
      long before = rows.profiles("grace");
      assertThat(missing()).containsExactly(2, 2);
      assertThat(rows.profiles("grace")).as("counting writes nothing").isEqualTo(before);
    }

    /** Each pair's {@code missing}, in order; read only. */
    List<Integer> missing() {
      HttpResponse<String> response = http().get("/actuator/autoprofile?missing=true");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JsonPath.parse(response.body()).read(PAIRS + "[*].missing");
    }
  }
}
