package dev.autoprofile.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Boots Hibernate the native way ({@link Configuration}, the same in 6.6 and 7.x) for a set of
 * entities on a database, once per set, and runs work in transactions.
 */
public final class Jpa {
  private static final Map<String, SessionFactory> FACTORIES = new ConcurrentHashMap<>();

  private Jpa() {}

  /** A session factory with the schema of {@code entities} freshly created. */
  public static SessionFactory factory(Database db, Class<?>... entities) {
    db.requireReachable();
    String key = db + Arrays.toString(entities);
    return FACTORIES.computeIfAbsent(key, k -> build(db, Map.of(), entities));
  }

  /** A session factory of its own, with extra settings; the caller closes it. */
  public static SessionFactory build(Database db, Map<String, Object> settings, Class<?>... entities) {
    db.requireReachable();
    Configuration configuration = new Configuration();
    for (Class<?> entity : entities) {
      configuration.addAnnotatedClass(entity);
    }
    Properties properties = new Properties();
    if (!settings.containsKey(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE)) {
      properties.put(AvailableSettings.JAKARTA_JDBC_URL, db.url);
      properties.put(AvailableSettings.JAKARTA_JDBC_USER, db.user);
      properties.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password);
    }
    // "create", not "create-drop": closing one factory must not drop tables another test class uses
    properties.put(AvailableSettings.HBM2DDL_AUTO, "create");
    properties.put(AvailableSettings.SHOW_SQL, "false");
    properties.putAll(settings);
    configuration.addProperties(properties);
    return configuration.buildSessionFactory();
  }

  public static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
    fromTransaction(emf, em -> {
      work.accept(em);
      return null;
    });
  }

  public static <T> T fromTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Rows of {@code entity} matching a JPQL condition, counted in a transaction of its own. */
  public static long count(EntityManagerFactory emf, String jpql, Object... parameters) {
    return fromTransaction(emf, em -> {
      var query = em.createQuery(jpql, Long.class);
      for (int i = 0; i < parameters.length; i++) {
        query.setParameter(i + 1, parameters[i]);
      }
      return query.getSingleResult();
    });
  }

}
