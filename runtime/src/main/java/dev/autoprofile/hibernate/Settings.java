package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.spi.ProfileObserver;
import java.util.Map;
import java.util.function.Function;

/**
 * The configuration properties AutoProfile reads: from the Hibernate/JPA settings of the persistence
 * unit, and where those lack one, from MicroProfile Config ({@link MicroProfileConfig}), so that a
 * unit's own setting wins over an application-wide one.
 */
final class Settings {
  /** Switches AutoProfile off for a persistence unit when {@code false}. */
  static final String ENABLED = "autoprofile.enabled";
  /** What AutoProfile does about users without profiles when the SessionFactory starts. */
  static final String BACKFILL = "autoprofile.backfill";

  /** A {@link ProfileObserver} instance told what AutoProfile does (set by the Spring Boot module). */
  static final String OBSERVER = "autoprofile.observer";

  /** The values of {@link #BACKFILL}. */
  enum StartupBackfill { NONE, CHECK, RUN }

  private static final String WHERE = "Fix it where it is set: the JPA/Hibernate properties (Spring: "
      + "spring.jpa.properties.%1$s) or MicroProfile Config (Quarkus: %1$s in application.properties).";

  private Settings() {}

  static boolean enabled(Map<String, Object> settings) {
    return enabled(settings, MicroProfileConfig::value);
  }

  /** {@code fallback}: where a property the settings lack is looked up next. */
  static boolean enabled(Map<String, Object> settings, Function<String, ?> fallback) {
    Object value = value(settings, ENABLED, fallback);
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
        "Property '" + ENABLED + "' must be 'true' or 'false', not '" + value + "'. " + String.format(WHERE, ENABLED));
  }

  static StartupBackfill backfill(Map<String, Object> settings) {
    return backfill(settings, MicroProfileConfig::value);
  }

  /** {@code fallback}: where a property the settings lack is looked up next. */
  static StartupBackfill backfill(Map<String, Object> settings, Function<String, ?> fallback) {
    Object value = value(settings, BACKFILL, fallback);
    if (value == null) {
      return StartupBackfill.NONE;
    }
    for (StartupBackfill mode : StartupBackfill.values()) {
      if (mode.name().equalsIgnoreCase(value.toString().trim())) {
        return mode;
      }
    }
    throw new AutoProfileException(
        "Property '" + BACKFILL + "' must be 'none', 'check' or 'run', not '" + value + "'. "
            + String.format(WHERE, BACKFILL));
  }

  /** The unit's observer: an instance, only from the unit's own settings; {@link ProfileObserver#NONE} without one. */
  static ProfileObserver observer(Map<String, Object> settings) {
    Object value = settings.get(OBSERVER);
    if (value == null) {
      return ProfileObserver.NONE;
    }
    if (value instanceof ProfileObserver observer) {
      return observer;
    }
    throw new AutoProfileException("Property '" + OBSERVER + "' must be an instance of " + ProfileObserver.class.getName()
        + ", not " + value.getClass().getName() + " '" + value + "'. Put the object itself into the JPA/Hibernate "
        + "properties of the persistence unit, or remove the property.");
  }

  private static Object value(Map<String, Object> settings, String key, Function<String, ?> fallback) {
    Object value = settings.get(key);
    return value != null ? value : fallback.apply(key);
  }
}
