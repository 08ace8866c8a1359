package dev.autoprofile.processor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The processor's {@code -A} options. */
enum Option {
  /** {@code -Aautoprofile.verbose=true} prints a NOTE per generated listener. */
  VERBOSE("autoprofile.verbose", List.of("true", "false"), "false");

  private final String key;
  private final List<String> values;
  private final String defaultValue;

  Option(String key, List<String> values, String defaultValue) {
    this.key = key;
    this.values = values;
    this.defaultValue = defaultValue;
  }

  static Set<String> keys() {
    return Arrays.stream(values()).map(o -> o.key).collect(Collectors.toUnmodifiableSet());
  }

  String key() {
    return key;
  }

  List<String> validValues() {
    return values;
  }

  /** The option's value in {@code options}, or null if it is not one of {@link #validValues()}. */
  String valueIn(Map<String, String> options) {
    String value = options.getOrDefault(key, defaultValue);
    return value != null && values.contains(value) ? value : null;
  }
}
