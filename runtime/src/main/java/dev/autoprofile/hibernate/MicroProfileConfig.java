package dev.autoprofile.hibernate;

import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * AutoProfile's properties as MicroProfile Config has them, where its API is on the class path:
 * Quarkus' {@code application.properties} (with its profiles and environment variables), Helidon,
 * Open Liberty. Quarkus passes Hibernate properties on only through
 * {@code quarkus.hibernate-orm.unsupported-properties}, which warns at every start; this is how its
 * users set {@code autoprofile.*} without a warning. Without MicroProfile Config nothing here runs.
 */
final class MicroProfileConfig {
  private static final Logger LOG = Logger.getLogger(MicroProfileConfig.class);
  private static final boolean ON_CLASS_PATH = onClassPath();

  private MicroProfileConfig() {}

  /** The value of {@code key}, or null where it is not set or MicroProfile Config is absent. */
  static String value(String key) {
    if (!ON_CLASS_PATH) {
      return null;
    }
    try {
      return Lookup.value(key);
    } catch (IllegalStateException | ServiceConfigurationError e) {
      // the API without an implementation: as if it were absent
      LOG.debugf("MicroProfile Config is on the class path but gives no configuration (%s): %s not read", e, key);
      return null;
    }
  }

  private static boolean onClassPath() {
    try {
      // this class's loader: the one that would link Lookup's calls
      Class.forName("org.eclipse.microprofile.config.ConfigProvider", false, MicroProfileConfig.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The only code naming MicroProfile Config's types, loaded once the API is known to be there. */
  private static final class Lookup {
    static String value(String key) {
      return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null);
    }
  }
}
