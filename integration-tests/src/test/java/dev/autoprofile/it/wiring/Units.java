package dev.autoprofile.it.wiring;

import dev.autoprofile.it.Database;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Plain JPA bootstrap of the units in {@code META-INF/persistence.xml}, and a look at what got registered. */
final class Units {
  /** The event groups AutoProfile hooks into. */
  static final List<EventType<?>> GROUPS = List.of(
      EventType.PERSIST, EventType.PERSIST_ONFLUSH, EventType.MERGE, EventType.FLUSH, EventType.AUTO_FLUSH,
      EventType.DELETE);

  private Units() {}

  /** {@code Persistence.createEntityManagerFactory(unit, ...)} on {@code db}, with extra properties. */
  static SessionFactory create(String unit, Database db, Map<String, ?> extra) {
    db.requireReachable();
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.jdbc.url", db.url);
    properties.put("jakarta.persistence.jdbc.user", db.user);
    properties.put("jakarta.persistence.jdbc.password", db.password);
    properties.putAll(extra);
    // unwrapped: a SessionFactory is Closeable on Hibernate 6.6 (JPA 3.1) too
    return Persistence.createEntityManagerFactory(unit, properties).unwrap(SessionFactory.class);
  }

  static SessionFactory create(String unit, Database db) {
    return create(unit, db, Map.of());
  }

  /**
   * For each event group AutoProfile uses, how many listeners of each class of package
   * {@code dev.autoprofile.hibernate} are registered, e.g. {@code PERSIST={AfterSaveListener=1, BeforeSaveListener=1}}.
   */
  @SuppressWarnings("deprecation") // listeners(): deprecated in 7.4, the one way to look that reads on 6.6 and 7.x
  static Map<String, Map<String, Integer>> ourListeners(EntityManagerFactory emf) {
    SessionFactoryImplementor factory = emf.unwrap(SessionFactoryImplementor.class);
    EventListenerRegistry registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (EventType<?> type : GROUPS) {
      Map<String, Integer> counts = new TreeMap<>();
      EventListenerGroup<?> group = registry.getEventListenerGroup(type);
      for (Object listener : group.listeners()) {
        Class<?> c = listener.getClass();
        if (c.getPackageName().equals("dev.autoprofile.hibernate")) {
          counts.merge(c.getSimpleName(), 1, Integer::sum);
        }
      }
      result.put(type.eventName(), counts);
    }
    return result;
  }

  /**
   * What {@link #ourListeners} must be: one before and one after listener per save group, one flush
   * listener, one delete listener.
   */
  static Map<String, Map<String, Integer>> exactlyOnce() {
    Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
    Map<String, Integer> save = new TreeMap<>(Map.of("AfterSaveListener", 1, "BeforeSaveListener", 1));
    Map<String, Integer> flush = new TreeMap<>(Map.of("FlushListener", 1));
    expected.put(EventType.PERSIST.eventName(), save);
    expected.put(EventType.PERSIST_ONFLUSH.eventName(), save);
    expected.put(EventType.MERGE.eventName(), save);
    expected.put(EventType.FLUSH.eventName(), flush);
    expected.put(EventType.AUTO_FLUSH.eventName(), flush);
    expected.put(EventType.DELETE.eventName(), new TreeMap<>(Map.of("DeleteListener", 1)));
    return expected;
  }

  /** {@link #ourListeners} of a unit AutoProfile left alone. */
  static Map<String, Map<String, Integer>> none() {
    Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
    for (EventType<?> type : GROUPS) {
      expected.put(type.eventName(), new TreeMap<>());
    }
    return expected;
  }
}
