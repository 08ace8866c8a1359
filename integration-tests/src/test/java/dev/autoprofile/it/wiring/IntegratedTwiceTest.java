package dev.autoprofile.it.wiring;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.hibernate.AutoProfileIntegrator;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Unique;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The integrator runs twice on one SessionFactory's registry (here: applied by hand as well as
 * found through {@code META-INF/services}, as a framework that registers integrators itself may
 * do). The second run adds nothing: one set of listeners, one profile per user.
 */
class IntegratedTwiceTest {

  private static SessionFactory integratedTwice(Database db) {
    db.requireReachable();
    var bootstrap = new BootstrapServiceRegistryBuilder().applyIntegrator(new AutoProfileIntegrator()).build();
    Configuration configuration = new Configuration(bootstrap)
        .addAnnotatedClass(TwiceUser.class)
        .addAnnotatedClass(TwiceUserProfile.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password);
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
    return configuration.buildSessionFactory();
  }

  @SuppressWarnings("deprecation") // listeners(): the only read of a group's listeners in 6.6 and 7.x
  private static long autoProfileListeners(SessionFactory sf, EventType<?> type) {
    EventListenerRegistry registry = sf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
        .getService(EventListenerRegistry.class);
    long found = 0;
    for (Object listener : registry.getEventListenerGroup(type).listeners()) {
      if (listener.getClass().getName().startsWith("dev.autoprofile.")) {
        found++;
      }
    }
    return found;
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void listenersAreRegisteredOnce(Database db) {
    try (SessionFactory sf = integratedTwice(db)) {
      for (EventType<?> type : List.of(EventType.PERSIST, EventType.PERSIST_ONFLUSH, EventType.MERGE)) {
        assertEquals(2, autoProfileListeners(sf, type), "one before- and one after-listener on " + type);
      }
      for (EventType<?> type : List.of(EventType.FLUSH, EventType.AUTO_FLUSH)) {
        assertEquals(1, autoProfileListeners(sf, type), "one flush listener on " + type);
      }

      Long id = fromTransaction(sf, em -> {
        TwiceUser user = new TwiceUser(Unique.name("twice"));
        em.persist(user);
        return user.getId();
      });
      assertEquals(1, count(sf, "select count(p) from TwiceUserProfile p where p.user.id = ?1", id));
    }
  }
}
