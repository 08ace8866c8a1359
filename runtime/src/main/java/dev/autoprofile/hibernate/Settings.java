package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfileException;
import java.util.Map;

/** The configuration properties AutoProfile reads from the Hibernate/JPA settings. */
final class Settings {
  /** Switches AutoProfile off for a persistence unit when {@code false}. */
  static final String ENABLED = "autoprofile.enabled";

  private Settings() {}

  static boolean enabled(Map<String, Object> settings) {
    Object value = settings.get(ENABLED);
    if (value == null || value instanceof Boolean) {
      return value == null || (Boolean) value;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new AutoProfileException(
        "Property '" + ENABLED + "' must be 'true' or 'false', not '" + value + "'. Fix it in the "
            + "JPA/Hibernate properties (Spring: spring.jpa.properties." + ENABLED + ").");
  }
}
