package dev.autoprofile.sample;

import static dev.autoprofile.sample.Api.json;
import static dev.autoprofile.sample.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.sample.Api.Reply;
import dev.autoprofile.sample.fixtures.FixtureLoader;
import dev.autoprofile.sample.preferences.Preferences;
import dev.autoprofile.sample.preferences.PreferencesRepository;
import dev.autoprofile.sample.users.Profile;
import dev.autoprofile.sample.users.User;
import dev.autoprofile.sample.users.ProfileRepository;
import dev.autoprofile.sample.users.UserRepository;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the sample promises, over real HTTP against the running app, on whichever database the
 * subclass picks. The database may hold rows of earlier runs (PostgreSQL is not reset): every test
 * makes its own users with names no other run uses, and compares counts before and after.
 */
abstract class UserApiContract {
  /** Unique per run, so a persistent database never sees a name twice. */
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired ProfileRepository profiles;
  @Autowired PreferencesRepository preferences;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired FixtureLoader fixtures;

  Api api;

  @BeforeEach
  void connect() {
    api = new Api(port);
  }

  static String unique(String name) {
    return name + "-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  JsonNode create(String username) {
    Reply reply = api.post("/api/users", json("username", username, "email", username + "@example.org"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.headers().getContentType()).as(reply.toString()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = reply.json();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asString()).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static List<String> errorFields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
    return fields;
  }

  // ---- POST /api/users

  @Test
  void createAnswers201WithLocationAndTheUserWithItsNewProfile() {
    String name = unique("ada");
    Reply reply = api.post("/api/users", json("username", name, "email", "ada@example.org"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode user = reply.json();
    long id = user.path("id").asLong();
    assertThat(id).isPositive();
    assertThat(reply.headers().getLocation()).hasToString("http://127.0.0.1:" + port + "/api/users/" + id);
    assertThat(user.path("username").asString()).isEqualTo(name);
    assertThat(user.path("email").asString()).isEqualTo("ada@example.org");
    JsonNode profile = user.path("profile");
    assertThat(profile.path("id").asLong()).isPositive();
    assertThat(profile.path("displayName").asString()).isEqualTo(name);
    assertThat(profile.path("bio").isNull()).isTrue();
    assertThat(Instant.parse(profile.path("createdAt").asString())).isEqualTo(profile.path("updatedAt").asString());
    assertThat(profiles.findAllByUserId(id)).hasSize(1);
  }

  @Test
  void createWithATakenUsernameIs409AndStoresNothing() {
    String name = unique("taken");
    create(name);
    long before = users.count();

    Reply reply = api.post("/api/users", json("username", name, "email", "other@example.org"));

    assertProblem(reply, 409);
    assertThat(errorFields(reply)).containsExactly("username");
    assertThat(users.count()).isEqualTo(before);
  }

  @Test
  void createWithInvalidFieldsIs400ListingEachField() {
    long before = users.count();

    Reply reply = api.post("/api/users", json("username", "", "email", "not-an-email"));

    assertProblem(reply, 400);
    assertThat(errorFields(reply)).containsExactlyInAnyOrder("username", "email");
    assertThat(users.count()).isEqualTo(before);
  }

  @Test
  void createWithMissingFieldsIs400ListingThem() {
    Reply reply = api.post("/api/users", "{}");

    assertProblem(reply, 400);
    assertThat(errorFields(reply)).containsExactlyInAnyOrder("username", "email");
  }

  @Test
  void createWithInvalidJsonIs400() {
    Reply reply = api.post("/api/users", "{\"username\": \"x\", ");

    assertProblem(reply, 400);
    assertThat(reply.json().path("detail").asString()).isEqualTo("The request body is not well-formed JSON");
  }

  @Test
  void createWithAWrongTypeIs400NamingTheField() {
    String name = unique("typed");
    Reply reply = api.post("/api/users", json("username", 12345, "email", name + "@example.org"));

    assertProblem(reply, 400);
    assertThat(errorFields(reply)).containsExactly("username");
    assertThat(users.existsByUsername("12345")).isFalse();
  }

  // ---- GET /api/users/{id}

  @Test
  void getReturnsTheUserWithItsProfile() {
    JsonNode created = create(unique("grace"));
    long id = created.path("id").asLong();

    Reply reply = api.get("/api/users/" + id);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(created);
  }

  @Test
  void getOfAnUnknownIdIs404() {
    assertProblem(api.get("/api/users/" + Long.MAX_VALUE), 404);
  }

  @Test
  void getOfANonNumericIdIs400() {
    assertProblem(api.get("/api/users/not-a-number"), 400);
  }

  // ---- GET /api/users/{id}/preferences: a model declared on its own side, @ProfileOf(User.class)

  @Test
  void aNewUserHasDefaultPreferencesThatUserDoesNotKnowOf() {
    long id = create(unique("barbara")).path("id").asLong();

    Reply reply = api.get("/api/users/" + id + "/preferences");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Api.JSON.readTree(json("userId", id, "language", "en", "newsletter", false)));
    assertThat(preferences.countByUserId(id)).isEqualTo(1);
  }

  @Test
  void preferencesOfAnUnknownIdIs404() {
    assertProblem(api.get("/api/users/" + Long.MAX_VALUE + "/preferences"), 404);
  }

  // ---- users from before AutoProfile (db/migration/V3), backfilled at startup

  @Test
  void usersFromBeforeAutoProfileGotTheirProfilesAtStartup() {
    for (String username : List.of("alan", "edsger")) {
      User user = users.findByUsername(username).orElseThrow();
      List<Profile> stored = profiles.findAllByUserId(user.getId());
      assertThat(stored).as("profiles of %s", username).hasSize(1);
      assertThat(stored.get(0).getDisplayName()).as("built by new Profile(user)").isEqualTo(username);
      assertThat(preferences.countByUserId(user.getId())).as("preferences of %s", username).isEqualTo(1);
    }
  }

  // ---- /actuator/autoprofile (autoprofile-spring-boot)

  @Test
  @SuppressWarnings("try")
  void theActuatorEndpointListsBothPairsAndCountsTheUsersWithoutEach() {
    try (var rowOlderThanTheAnnotation = AutoProfiles.suspend()) {
      String name = unique("unprofiled");
      users.save(new User(name, name + "@example.org"));
    }

    Reply reply = api.get("/actuator/autoprofile?missing=true");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode pairs = reply.json().path("entityManagerFactories").path("entityManagerFactory").path("pairs");
    assertThat(pairs.size()).isEqualTo(2);
    assertThat(pairs.get(0).path("model").asString()).isEqualTo(Profile.class.getName());
    assertThat(pairs.get(0).path("declaredOn").asString()).isEqualTo("user");
    assertThat(pairs.get(1).path("model").asString()).isEqualTo(Preferences.class.getName());
    assertThat(pairs.get(1).path("declaredOn").asString()).isEqualTo("model");
    assertThat(pairs.get(0).path("missing").asLong()).isEqualTo(lacking("sample_profile")).isPositive();
    assertThat(pairs.get(1).path("missing").asLong()).isEqualTo(lacking("sample_preferences")).isPositive();
    assertThat(api.post("/actuator/autoprofile", "").status()).as("the backfill is off by default").isEqualTo(405);
  }

  private long lacking(String table) {
    return jdbc.queryForObject("select count(*) from sample_user u where not exists (select 1 from " + table
        + " p where p.user_id = u.id)", Long.class);
  }

  // ---- DELETE /api/users/{id}

  @Test
  void deleteAnswers204AndTheUsersProfilesAreGone() {
    long id = create(unique("leaving")).path("id").asLong();
    assertThat(profiles.findAllByUserId(id)).hasSize(1);
    assertThat(preferences.countByUserId(id)).isEqualTo(1);

    Reply reply = api.delete("/api/users/" + id);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertProblem(api.get("/api/users/" + id), 404);
    assertThat(profiles.findAllByUserId(id)).isEmpty();
    assertThat(preferences.countByUserId(id)).isZero();
  }

  @Test
  void deleteOfAnUnknownIdIs404AndRemovesNothing() {
    long usersBefore = users.count();

    assertProblem(api.delete("/api/users/" + Long.MAX_VALUE), 404);
    assertThat(users.count()).isEqualTo(usersBefore);
  }

  // ---- PUT /api/users/{id}

  @Test
  void updateChangesTheUserAndTheProfileItCarries() throws InterruptedException {
    JsonNode created = create(unique("linus"));
    long id = created.path("id").asLong();
    String renamed = unique("torvalds");
    Thread.sleep(5); // so that updatedAt can be seen to move

    Reply reply = api.put("/api/users/" + id, json("username", renamed, "email", "lt@example.org",
        "profile", object("displayName", "Linus T.", "bio", "Just a hobby")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode stored = api.get("/api/users/" + id).json();
    assertThat(stored).isEqualTo(reply.json());
    assertThat(stored.path("username").asString()).isEqualTo(renamed);
    assertThat(stored.path("email").asString()).isEqualTo("lt@example.org");
    JsonNode profile = stored.path("profile");
    assertThat(profile.path("id")).isEqualTo(created.path("profile").path("id"));
    assertThat(profile.path("displayName").asString()).isEqualTo("Linus T.");
    assertThat(profile.path("bio").asString()).isEqualTo("Just a hobby");
    assertThat(profile.path("createdAt")).isEqualTo(created.path("profile").path("createdAt"));
    assertThat(Instant.parse(profile.path("updatedAt").asString()))
        .isAfter(Instant.parse(profile.path("createdAt").asString()));
    assertThat(profiles.findAllByUserId(id)).hasSize(1);
  }

  @Test
  void updateOfAnUnknownIdIs404() {
    Reply reply = api.put("/api/users/" + Long.MAX_VALUE, json("username", unique("nobody"),
        "email", "nobody@example.org", "profile", object("displayName", "Nobody", "bio", null)));

    assertProblem(reply, 404);
  }

  @Test
  void updateToATakenUsernameIs409AndChangesNothing() {
    String taken = unique("first");
    create(taken);
    JsonNode second = create(unique("second"));
    long id = second.path("id").asLong();

    Reply reply = api.put("/api/users/" + id, json("username", taken, "email", "x@example.org",
        "profile", object("displayName", "Second", "bio", "")));

    assertProblem(reply, 409);
    assertThat(api.get("/api/users/" + id).json()).isEqualTo(second);
  }

  @Test
  void updateWithInvalidFieldsIs400ListingEachFieldAndChangesNothing() {
    JsonNode created = create(unique("valid"));
    long id = created.path("id").asLong();

    Reply reply = api.put("/api/users/" + id, json("username", "a b", "email", "x@example.org",
        "profile", object("displayName", " ", "bio", "x".repeat(Profile.BIO_MAX + 1))));

    assertProblem(reply, 400);
    assertThat(errorFields(reply)).containsExactlyInAnyOrder("profile.bio", "profile.displayName", "username");
    assertThat(api.get("/api/users/" + id).json()).isEqualTo(created);
  }

  @Test
  void updateWithoutTheProfileIs400() {
    long id = create(unique("bare")).path("id").asLong();

    Reply reply = api.put("/api/users/" + id, json("username", unique("bare"), "email", "x@example.org"));

    assertProblem(reply, 400);
    assertThat(errorFields(reply)).containsExactly("profile");
  }

  // ---- GET /api/users

  @Test
  void listIsPagedAndShowsProfiles() {
    List<String> names = List.of(unique("p1"), unique("p2"), unique("p3"));
    names.forEach(this::create);

    Reply reply = api.get("/api/users?size=2&page=0&sort=id,desc");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode page = reply.json();
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(2);
    assertThat(page.path("totalElements").asLong()).isEqualTo(users.count());
    assertThat(page.path("totalPages").asInt()).isEqualTo((int) ((users.count() + 1) / 2));
    List<String> listed = new ArrayList<>();
    page.path("content").forEach(user -> {
      listed.add(user.path("username").asString());
      assertThat(user.path("profile").path("displayName").asString()).isEqualTo(user.path("username").asString());
    });
    assertThat(listed).containsExactly(names.get(2), names.get(1));

    JsonNode next = api.get("/api/users?size=2&page=1&sort=id,desc").json();
    assertThat(next.path("content").get(0).path("username").asString()).isEqualTo(names.get(0));
  }

  @Test
  void listSortedByAnUnknownPropertyIs400() {
    assertProblem(api.get("/api/users?sort=password"), 400);
  }

  // ---- the repository, without HTTP

  @Test
  void aUserSavedThroughTheRepositoryHasItsProfile() {
    String name = unique("repo");

    long id = transaction.execute(status -> {
      User user = users.save(new User(name, name + "@example.org"));
      // the same transaction already sees it: held by the user and found by a query
      assertThat(user.getProfile()).isNotNull();
      assertThat(profiles.findAllByUserId(user.getId())).containsExactly(user.getProfile());
      return user.getId();
    });

    List<Profile> stored = profiles.findAllByUserId(id);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getDisplayName()).isEqualTo(name);
    assertThat(users.findById(id).orElseThrow().getProfile().getId()).isEqualTo(stored.get(0).getId());
  }

  @Test
  @SuppressWarnings("try")
  void aUserStoredWithoutAProfileGetsOneWhenItIsUpdated() {
    String name = unique("legacy");
    long id;
    try (var rowOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = users.save(new User(name, name + "@example.org")).getId();
    }
    assertThat(profiles.findAllByUserId(id)).isEmpty();

    Reply reply = api.put("/api/users/" + id, json("username", name, "email", "new-" + name + "@example.org",
        "profile", object("displayName", "Found at last", "bio", "Stored before profiles existed")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("profile").path("displayName").asString()).isEqualTo("Found at last");
    assertThat(profiles.findAllByUserId(id)).hasSize(1);
    assertThat(preferences.countByUserId(id)).as("the model-side profile is saved with the user too").isEqualTo(1);
  }

  @Test
  void savingADetachedUserThroughTheRepositorySavesTheProfileItHolds() {
    String name = unique("detached");
    long id = users.save(new User(name, name + "@example.org")).getId();
    User detached = users.findById(id).orElseThrow();
    detached.getProfile().setBio("Edited while detached");

    users.save(detached); // merge: the profile it holds is saved with it

    List<Profile> stored = profiles.findAllByUserId(id);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getBio()).isEqualTo("Edited while detached");
  }

  // ---- fixtures

  @Test
  void fixtureUsersHaveExactlyTheirFixtureProfiles() throws IOException {
    JsonNode fixture = readFixture();
    assertThat(fixture.size()).isPositive();
    for (JsonNode expected : fixture) {
      String username = expected.path("username").asString();
      List<Map<String, Object>> rows = jdbc.queryForList(
          "select u.email, p.display_name, p.bio from sample_user u join sample_profile p on p.user_id = u.id"
              + " where u.username = ?", username);
      assertThat(rows).as("profiles of fixture user %s", username).hasSize(1);
      Map<String, Object> row = rows.get(0);
      assertThat(row.get("email")).isEqualTo(expected.path("email").asString());
      assertThat(row.get("display_name")).isEqualTo(expected.path("profile").path("displayName").asString());
      assertThat(row.get("bio")).isEqualTo(expected.path("profile").path("bio").asString());
    }
  }

  @Test
  void loadingTheFixturesAgainAddsNothing() throws IOException {
    long usersBefore = users.count();
    long profilesBefore = profiles.count();

    assertThat(fixtures.load()).isZero();

    assertThat(users.count()).isEqualTo(usersBefore);
    assertThat(profiles.count()).isEqualTo(profilesBefore);
    for (JsonNode expected : readFixture()) {
      User user = users.findByUsername(expected.path("username").asString()).orElseThrow();
      assertThat(profiles.findAllByUserId(user.getId())).hasSize(1);
    }
  }

  // ---- 200 malformed bodies

  static final long SEED = 9457;

  @Test
  void malformedBodiesAreAll4xxAndStoreNothing() {
    String marker = "fz" + RUN;
    JsonNode target = create(unique("target"));
    long id = target.path("id").asLong();
    long usersBefore = users.count();
    long profilesBefore = profiles.count();
    List<MalformedBodies.Case> posts = new MalformedBodies(SEED, false, i -> marker + "-post-" + i).generate(100);
    List<MalformedBodies.Case> puts = new MalformedBodies(SEED + 1, true, i -> marker + "-put-" + i).generate(100);

    List<String> failures = new ArrayList<>();
    for (MalformedBodies.Case bad : posts) {
      expectRejected("POST", api.send(HttpMethod.POST, "/api/users", bad.body(), bad.contentType()), bad, failures);
    }
    for (MalformedBodies.Case bad : puts) {
      expectRejected("PUT", api.send(HttpMethod.PUT, "/api/users/" + id, bad.body(), bad.contentType()), bad, failures);
    }

    assertThat(posts.size() + puts.size()).isEqualTo(200);
    assertThat(failures).as("malformed bodies not answered with a 4xx problem (seed %d)", SEED).isEmpty();
    assertThat(users.countByUsernameStartingWith(marker)).isZero();
    assertThat(users.count()).isEqualTo(usersBefore);
    assertThat(profiles.count()).isEqualTo(profilesBefore);
    assertThat(api.get("/api/users/" + id).json()).isEqualTo(target);
  }

  private static void expectRejected(String method, Reply reply, MalformedBodies.Case bad, List<String> failures) {
    boolean problem = MediaType.APPLICATION_PROBLEM_JSON.equals(reply.headers().getContentType())
        && reply.json().path("status").asInt() == reply.status();
    if (reply.status() < 400 || reply.status() >= 500 || !problem) {
      failures.add(method + " " + bad + " -> " + reply);
    }
  }

  static JsonNode readFixture() throws IOException {
    try (InputStream in = new ClassPathResource("fixtures/users.json").getInputStream()) {
      return Api.JSON.readTree(in);
    }
  }
}
