package dev.autoprofile.bench.boot;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Builds and closes a session factory for the named entities. Loaded by {@link IsolatedClassPath}'s
 * class loader, so that Hibernate, its service loader and the entities see only that class path;
 * the benchmark calls it through {@link BiFunction}, a type both loaders share.
 */
public final class Bootstrapper implements BiFunction<List<String>, Map<String, Object>, Integer> {
  public Bootstrapper() {}

  /** @return the number of entities in the built metamodel */
  @Override
  public Integer apply(List<String> entityNames, Map<String, Object> settings) {
    ClassLoader own = Bootstrapper.class.getClassLoader();
    Configuration configuration = new Configuration();
    try {
      for (String name : entityNames) {
        configuration.addAnnotatedClass(Class.forName(name, false, own));
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    Properties properties = new Properties();
    properties.putAll(settings);
    configuration.addProperties(properties);
    try (SessionFactory factory = configuration.buildSessionFactory()) {
      return factory.getMetamodel().getEntities().size();
    }
  }
}
