package dev.autoprofile.sample;

import static dev.autoprofile.sample.Api.object;

import dev.autoprofile.sample.users.Profile;
import dev.autoprofile.sample.users.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.springframework.http.MediaType;

/**
 * Request bodies that no endpoint may accept, generated from a seeded {@link Random}: broken JSON,
 * wrong types, missing, blank, oversized and malformed fields, non-objects, deep nesting and wrong
 * content types. Each starts from a valid body (with a username nobody else uses) and breaks it, so
 * an accepted one would be seen as a stored user.
 */
final class MalformedBodies {

  /** A body to send and why it is wrong. */
  record Case(String kind, String body, MediaType contentType) {
    @Override
    public String toString() {
      String shown = body.length() > 160 ? body.substring(0, 160) + "...(" + body.length() + " chars)" : body;
      return kind + " [" + contentType + "] " + shown;
    }
  }

  private final Random random;
  private final boolean withProfile;
  private final Function<Integer, String> username;

  /**
   * @param withProfile PUT bodies (the profile is required) rather than POST ones
   * @param username the valid username of the {@code i}th case
   */
  MalformedBodies(long seed, boolean withProfile, Function<Integer, String> username) {
    this.random = new Random(seed);
    this.withProfile = withProfile;
    this.username = username;
  }

  List<Case> generate(int count) {
    List<Case> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(next(valid(i)));
    }
    return cases;
  }

  private Map<String, Object> valid(int i) {
    String name = username.apply(i);
    Map<String, Object> body = object("username", name, "email", name + "@example.org");
    if (withProfile) {
      body.put("profile", object("displayName", "Name " + i, "bio", "Bio " + i));
    }
    return body;
  }

  private Case next(Map<String, Object> body) {
    String text = Api.JSON.writeValueAsString(body);
    return switch (random.nextInt(12)) {
      case 0 -> brokenSyntax(text);
      case 1 -> trailingGarbage(text);
      case 2 -> wrongType(body);
      case 3 -> missing(body);
      case 4 -> blank(body);
      case 5 -> oversized(body);
      case 6 -> badFormat(body);
      case 7 -> notAnObject(text);
      case 8 -> deeplyNested(body);
      case 9 -> nonStandardJson(text);
      case 10 -> wrongContentType(text);
      default -> withProfile ? brokenProfile(body) : wrongType(body);
    };
  }

  /** Removes one structural character, or cuts the text short: never valid JSON afterwards. */
  private Case brokenSyntax(String text) {
    if (random.nextBoolean()) {
      return json("truncated", text.substring(0, random.nextInt(text.length() - 1)));
    }
    List<Integer> structural = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if ("{}\":,".indexOf(text.charAt(i)) >= 0) {
        structural.add(i);
      }
    }
    int at = structural.get(random.nextInt(structural.size()));
    return json("deleted '" + text.charAt(at) + "'", text.substring(0, at) + text.substring(at + 1));
  }

  private Case trailingGarbage(String text) {
    String[] garbage = {"}", "]", ",", "x", "{}", "null", "\"", ":1", text};
    return json("trailing garbage", text + garbage[random.nextInt(garbage.length)]);
  }

  private Case wrongType(Map<String, Object> body) {
    String field = pick(fieldsOf(body));
    Object[] values = {random.nextInt(), random.nextDouble(), random.nextBoolean(), List.of("a", "b"),
        object("nested", "value"), List.of()};
    Object value = values[random.nextInt(values.length)];
    return json(field + " as " + value.getClass().getSimpleName(), write(with(body, field, value)));
  }

  private Case missing(Map<String, Object> body) {
    String field = pick(fieldsOf(body));
    return json(field + " missing", write(without(body, field)));
  }

  private Case blank(Map<String, Object> body) {
    String field = pick(requiredTextFields(body));
    String[] blanks = {"", " ", "\t", "\n  ", "\u2003"};
    Object value = random.nextInt(4) == 0 ? null : blanks[random.nextInt(blanks.length)];
    return json(field + " blank: " + (value == null ? "null" : "'" + value + "'"), write(with(body, field, value)));
  }

  private Case oversized(Map<String, Object> body) {
    int over = 1 + random.nextInt(random.nextInt(4) == 0 ? 100_000 : 50);
    List<String> fields = new ArrayList<>(List.of("username", "email"));
    if (withProfile) {
      fields.add("profile.displayName");
      fields.add("profile.bio");
    }
    String field = pick(fields);
    String value = switch (field) {
      case "username" -> "u".repeat(User.USERNAME_MAX + over);
      case "email" -> "e".repeat(User.EMAIL_MAX + over) + "@example.org";
      case "profile.displayName" -> "d".repeat(Profile.DISPLAY_NAME_MAX + over);
      default -> "b".repeat(Profile.BIO_MAX + over);
    };
    return json(field + " oversized by " + over, write(with(body, field, value)));
  }

  private Case badFormat(Map<String, Object> body) {
    if (random.nextBoolean()) {
      String[] usernames = {"ab", "a b", "<script>", "user@name", "名前です", "semi;colon", "slash/name", "x"};
      return json("bad username", write(with(body, "username", usernames[random.nextInt(usernames.length)])));
    }
    String[] emails = {"plainaddress", "@example.org", "a@", "a@@example.org", "a b@example.org", "a@exa mple.org"};
    return json("bad email", write(with(body, "email", emails[random.nextInt(emails.length)])));
  }

  private Case notAnObject(String text) {
    String[] values = {"", "null", "[]", "[" + text + "]", "42", "\"" + text.replace("\"", "'") + "\"", "true",
        "<user><username>x</username></user>", "username=x&email=y"};
    return json("not an object", values[random.nextInt(values.length)]);
  }

  private Case deeplyNested(Map<String, Object> body) {
    int depth = 10 + random.nextInt(3000);
    String nested = "[".repeat(depth) + "]".repeat(depth);
    String text = write(with(body, pick(fieldsOf(body)), "@@NESTED@@")).replace("\"@@NESTED@@\"", nested);
    return json("nested " + depth + " deep", text);
  }

  private Case nonStandardJson(String text) {
    return switch (random.nextInt(5)) {
      case 0 -> json("single quotes", text.replace('"', '\''));
      case 1 -> json("unquoted keys", text.replaceAll("\"(\\w+)\":", "$1:"));
      case 2 -> json("comment", "/* fixture */" + text);
      case 3 -> json("raw control character", text.replaceFirst("\":\"", "\":\"\u0001"));
      default -> json("trailing comma", text.substring(0, text.length() - 1) + ",}");
    };
  }

  private Case wrongContentType(String text) {
    MediaType[] types = {MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.APPLICATION_OCTET_STREAM};
    MediaType type = types[random.nextInt(types.length)];
    return new Case("sent as " + type, text, type);
  }

  private Case brokenProfile(Map<String, Object> body) {
    Object[] profiles = {null, "profile", 7, List.of(), object(), object("displayName", 5, "bio", "x"),
        object("displayName", "ok", "bio", List.of("x"))};
    Object profile = profiles[random.nextInt(profiles.length)];
    return json("profile " + profile, write(with(body, "profile", profile)));
  }

  private Case json(String kind, String body) {
    return new Case(kind, body, MediaType.APPLICATION_JSON);
  }

  private List<String> fieldsOf(Map<String, Object> body) {
    List<String> fields = new ArrayList<>(List.of("username", "email"));
    if (withProfile) {
      fields.add("profile");
      fields.add("profile.displayName");
    }
    return fields;
  }

  private List<String> requiredTextFields(Map<String, Object> body) {
    List<String> fields = new ArrayList<>(List.of("username", "email"));
    if (withProfile) {
      fields.add("profile.displayName");
    }
    return fields;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String write(Map<String, Object> body) {
    return Api.JSON.writeValueAsString(body);
  }

  /** A copy of {@code body} with {@code path} ("a" or "a.b") set to {@code value}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
    Map<String, Object> copy = deepCopy(body);
    int dot = path.indexOf('.');
    if (dot < 0) {
      copy.put(path, value);
    } else {
      ((Map<String, Object>) copy.get(path.substring(0, dot))).put(path.substring(dot + 1), value);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> without(Map<String, Object> body, String path) {
    Map<String, Object> copy = deepCopy(body);
    int dot = path.indexOf('.');
    if (dot < 0) {
      copy.remove(path);
    } else {
      ((Map<String, Object>) copy.get(path.substring(0, dot))).remove(path.substring(dot + 1));
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> body) {
    Map<String, Object> copy = object();
    body.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map) : value));
    return copy;
  }
}
