package dev.autoprofile.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app over real HTTP. Every status comes back as a {@link Reply} (no exception for 4xx/5xx)
 * and bodies are sent as the exact text given, so tests can send JSON that is not JSON.
 */
final class Api {
  static final JsonMapper JSON = JsonMapper.shared();

  private final RestClient http;

  Api(int port) {
    this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
  }

  /** One response: status, headers and body text. */
  record Reply(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    @Override
    public String toString() {
      return status + " " + headers.getContentType() + " " + body;
    }
  }

  Reply get(String path) {
    return send(HttpMethod.GET, path, null, null);
  }

  Reply post(String path, String json) {
    return send(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON);
  }

  Reply put(String path, String json) {
    return send(HttpMethod.PUT, path, json, MediaType.APPLICATION_JSON);
  }

  Reply delete(String path) {
    return send(HttpMethod.DELETE, path, null, null);
  }

  Reply send(HttpMethod method, String path, String body, MediaType contentType) {
    var request = http.method(method).uri(path);
    if (body != null) {
      request.contentType(contentType).body(body);
    }
    return request.exchange((req, res) ->
        new Reply(res.getStatusCode().value(), res.getHeaders(), new String(res.getBody().readAllBytes(), UTF_8)));
  }

  /** {@code json("username", "ada", "email", "ada@example.org")}: an object, keys in order. */
  static String json(Object... keysAndValues) {
    return JSON.writeValueAsString(object(keysAndValues));
  }

  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}
