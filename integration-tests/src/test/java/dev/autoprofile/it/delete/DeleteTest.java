package dev.autoprofile.it.delete;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.StatementLog;
import dev.autoprofile.it.Unique;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Removing a user that AutoProfile has touched works as it does without AutoProfile: every path
 * JPA and Spring Data (3.x: {@code remove(contains(u) ? u : merge(u))}) take, with the profile
 * removed by the user's own mapping. A user about to be removed never gets a profile created.
 */
class DeleteTest {
  private static final StatementLog log = new StatementLog();
  private static final Map<Database, SessionFactory> factories = new EnumMap<>(Database.class);

  /** The two ways a user's mapping removes its profile. */
  enum Mapping {
    CASCADE_REMOVE(Subscriber.class, "SubscriberProfile", "subscriber", "it_d_subscriber_profile", Subscriber::new),
    ORPHAN_REMOVAL(Tenant.class, "TenantProfile", "tenant", "it_d_tenant_profile", Tenant::new);

    final Class<? extends Removable> user;
    final String model;
    final String mappedBy;
    final String profileTable;
    final Function<String, Removable> constructor;

    Mapping(Class<? extends Removable> user, String model, String mappedBy, String profileTable,
        Function<String, Removable> constructor) {
      this.user = user;
      this.model = model;
      this.mappedBy = mappedBy;
      this.profileTable = profileTable;
      this.constructor = constructor;
    }
  }

  static Stream<Arguments> cases() {
    return Arrays.stream(Database.values())
        .flatMap(db -> Arrays.stream(Mapping.values()).map(mapping -> Arguments.of(db, mapping)));
  }

  private static SessionFactory factory(Database db) {
    return factories.computeIfAbsent(db, d -> Jpa.build(d,
        Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, log.wrap(d.dataSource())),
        Subscriber.class, SubscriberProfile.class, Tenant.class, TenantProfile.class));
  }

  @AfterAll
  static void close() {
    factories.values().forEach(SessionFactory::close);
  }

  private static Long newUser(SessionFactory sf, Mapping mapping) {
    return fromTransaction(sf, em -> {
      Removable user = mapping.constructor.apply(Unique.name("deleted"));
      em.persist(user);
      return user.getId();
    });
  }

  @SuppressWarnings("try")
  private static Long legacyUser(SessionFactory sf, Mapping mapping) {
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      return newUser(sf, mapping);
    }
  }

  private static Removable detached(SessionFactory sf, Mapping mapping, Long id) {
    return fromTransaction(sf, em -> em.find(mapping.user, id));
  }

  private static long users(SessionFactory sf, Mapping mapping, Long id) {
    return count(sf, "select count(u) from " + mapping.user.getSimpleName() + " u where u.id = ?1", id);
  }

  private static long profiles(SessionFactory sf, Mapping mapping, Long id) {
    return count(sf, "select count(p) from " + mapping.model + " p where p." + mapping.mappedBy + ".id = ?1", id);
  }

  private static void assertGone(SessionFactory sf, Mapping mapping, Long id) {
    assertEquals(0, users(sf, mapping, id), "the user row is gone");
    assertEquals(0, profiles(sf, mapping, id), "its profile row is gone");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAManagedUserRemovesItsProfile(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, mapping);
    assertEquals(1, profiles(sf, mapping, id));

    inTransaction(sf, em -> em.remove(em.find(mapping.user, id)));
    assertGone(sf, mapping, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAMergedDetachedUserRemovesItsProfile(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, mapping);
    Removable detached = detached(sf, mapping, id);
    assertNotNull(detached.getProfile());
    detached.setEmail("leaving@example.org");

    inTransaction(sf, em -> em.remove(em.contains(detached) ? detached : em.merge(detached)));
    assertGone(sf, mapping, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAMergedDetachedLegacyUserCreatesNoProfile(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = legacyUser(sf, mapping);
    Removable detached = detached(sf, mapping, id);
    assertNull(detached.getProfile(), "a row older than the annotation");
    detached.setEmail("leaving@example.org");

    log.clear();
    inTransaction(sf, em -> em.remove(em.merge(detached)));
    assertEquals(0, log.count("insert", mapping.profileTable), () -> "no profile for a removed user:\n" + log);
    assertGone(sf, mapping, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAManagedLegacyUserCreatesNoProfile(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = legacyUser(sf, mapping);

    log.clear();
    inTransaction(sf, em -> {
      Removable user = em.find(mapping.user, id);
      user.setEmail("leaving@example.org");
      em.remove(user);
    });
    assertEquals(0, log.count("insert", mapping.profileTable), () -> "no profile for a removed user:\n" + log);
    assertGone(sf, mapping, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void persistThenRemoveInOneTransactionLeavesNoRow(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Removable user = mapping.constructor.apply(Unique.name("short-lived"));
      em.persist(user);
      assertNotNull(user.getProfile(), "the profile was created with the user");
      em.remove(user);
      assertFalse(em.contains(user));
      return user.getId();
    });
    assertGone(sf, mapping, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void persistFlushThenRemoveInOneTransactionLeavesNoRow(Database db, Mapping mapping) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Removable user = mapping.constructor.apply(Unique.name("flushed"));
      em.persist(user);
      em.flush();
      em.remove(user);
      return user.getId();
    });
    assertGone(sf, mapping, id);
  }
}
