package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfileException;
import java.util.Map;

/** The configuration properties AutoProfile reads from the Hibernate/JPA settings. */
final class Settings {
  /** Switches AutoProfile off for a persistence unit when {@code false}. */
  static final String ENABLED = "autoprofile.enabled";
  /** What AutoProfile does about users without profiles when the SessionFactory starts. */
  static final String BACKFILL = "autoprofile.backfill";

  /** The values of {@link #BACKFILL}. */
  enum StartupBackfill { NONE, CHECK, RUN }

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

  static StartupBackfill backfill(Map<String, Object> settings) {
    Object value = settings.get(BACKFILL);
    if (value == null) {
      return StartupBackfill.NONE;
    }
    for (StartupBackfill mode : StartupBackfill.values()) {
      if (mode.name().equalsIgnoreCase(value.toString().trim())) {
        return mode;
      }
    }
    throw new AutoProfileException(
        "Property '" + BACKFILL + "' must be 'none', 'check' or 'run', not '" + value + "'. Fix it in the "
            + "JPA/Hibernate properties (Spring: spring.jpa.properties." + BACKFILL + ").");
  }
}
