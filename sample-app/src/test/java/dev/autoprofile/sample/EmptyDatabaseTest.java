package dev.autoprofile.sample;

import static dev.autoprofile.sample.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autoprofile.sample.Api.Reply;
import dev.autoprofile.sample.fixtures.FixtureLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code sample.fixtures.enabled=false} and the schema migrations only: the app starts on an empty database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "sample.fixtures.enabled=false",
    // the schema only: V3 adds users from before AutoProfile
    "spring.flyway.target=2",
    "spring.datasource.url=jdbc:h2:mem:empty-database;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="})
class EmptyDatabaseTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void noFixtureIsLoadedAndTheFirstUserIsTheOnlyOne() {
    Api api = new Api(port);
    assertThat(context.getBeanNamesForType(FixtureLoader.class)).isEmpty();

    JsonNode empty = api.get("/api/users").json();
    assertThat(empty.path("totalElements").asLong()).isZero();
    assertThat(empty.path("content").size()).isZero();

    Reply created = api.post("/api/users", json("username", "first", "email", "first@example.org"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode page = api.get("/api/users").json();
    assertThat(page.path("totalElements").asLong()).isEqualTo(1);
    assertThat(page.path("content").get(0)).isEqualTo(created.json());
  }
}
