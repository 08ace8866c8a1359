package dev.autoprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar} on the repackaged jar, as the README tells users to run it: it must start on
 * H2 with its fixtures and answer HTTP. Runs in {@code integration-test}, after {@code package}.
 */
class ExecutableJarIT {
  private static final Duration STARTUP = Duration.ofSeconds(120);

  @Test
  void theJarStartsAndAnswersOnItsPort() throws Exception {
    Path jar = Path.of(System.getProperty("sample.jar", "target/autoprofile-sample-app-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).isRegularFile();
    int port = freePort();
    Path log = Files.createTempFile("sample-app", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process app = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpResponse<String> users = awaitUsers(app, port, log);

      assertThat(users.statusCode()).isEqualTo(200);
      assertThat(users.body()).contains("\"username\":\"ada\"", "\"displayName\":\"Ada Lovelace\"");
      assertThat(Files.readString(log)).contains("Loading 3 fixture users", "Started SampleApplication");
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      Files.deleteIfExists(log);
    }
  }

  private static HttpResponse<String> awaitUsers(Process app, int port, Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
        .timeout(Duration.ofSeconds(10)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new AssertionError("the jar exited with " + app.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        // Tomcat answers before the fixture runner has finished: wait for the seeded users
        if (response.statusCode() != 200 || response.body().contains("\"username\":\"ada\"")) {
          return response;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no answer on port " + port + " within " + STARTUP + ":\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
