package dev.autoprofile.it.delete;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.StatementLog;
import dev.autoprofile.it.Unique;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code onDelete = DELETE} (Django's {@code on_delete=CASCADE}): {@code remove(user)} removes its
 * profile in the same flush, before the user's row, whatever the user maps: no inverse attribute,
 * one without cascade, or one with {@code cascade = REMOVE} (then the mapping does it, once).
 * {@code IGNORE} leaves the profile to the mapping and the database.
 */
class OnDeleteTest {
  private static final StatementLog log = new StatementLog();
  private static final Map<Database, SessionFactory> factories = new EnumMap<>(Database.class);

  /** The three ways a user may map its profile, each with onDelete = DELETE. */
  enum Kind {
    /** No inverse attribute: found by one query, or remembered when created in this persistence context. */
    NO_INVERSE(Lodger.class, "LodgerProfile", "lodger", "it_d_lodger", "it_d_lodger_profile", Lodger::new, 1),
    /** Inverse attribute without cascade: Hibernate loaded the profile with the user. */
    INVERSE(Boarder.class, "BoarderProfile", "boarder", "it_d_boarder", "it_d_boarder_profile", Boarder::new, 0),
    /** Inverse attribute with cascade = REMOVE: the mapping removes it, AutoProfile does not again. */
    CASCADE_REMOVE(Subscriber.class, "SubscriberProfile", "subscriber", "it_d_subscriber", "it_d_subscriber_profile",
        Subscriber::new, 0);

    final Class<? extends Leaving> user;
    final String model;
    final String mappedBy;
    final String userTable;
    final String profileTable;
    final Function<String, Leaving> constructor;
    /** SELECTs that removing a loaded user costs beyond Hibernate's own. */
    final int selectsToRemove;

    Kind(Class<? extends Leaving> user, String model, String mappedBy, String userTable, String profileTable,
        Function<String, Leaving> constructor, int selectsToRemove) {
      this.user = user;
      this.model = model;
      this.mappedBy = mappedBy;
      this.userTable = userTable;
      this.profileTable = profileTable;
      this.constructor = constructor;
      this.selectsToRemove = selectsToRemove;
    }
  }

  static Stream<Arguments> cases() {
    return Arrays.stream(Database.values())
        .flatMap(db -> Arrays.stream(Kind.values()).map(kind -> Arguments.of(db, kind)));
  }

  private static SessionFactory factory(Database db) {
    return factories.computeIfAbsent(db, d -> Jpa.build(d,
        Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, log.wrap(d.dataSource())),
        Lodger.class, LodgerProfile.class, Boarder.class, BoarderProfile.class, Subscriber.class,
        SubscriberProfile.class, Drifter.class, DrifterProfile.class, Keeper.class, KeeperProfile.class));
  }

  @AfterAll
  static void close() {
    factories.values().forEach(SessionFactory::close);
  }

  private static Long newUser(SessionFactory sf, Kind kind) {
    return fromTransaction(sf, em -> {
      Leaving user = kind.constructor.apply(Unique.name("leaving"));
      em.persist(user);
      return user.getId();
    });
  }

  private static long users(SessionFactory sf, Kind kind, Long id) {
    return count(sf, "select count(u) from " + kind.user.getSimpleName() + " u where u.id = ?1", id);
  }

  private static long profiles(SessionFactory sf, Kind kind, Long id) {
    return count(sf, "select count(p) from " + kind.model + " p where p." + kind.mappedBy + ".id = ?1", id);
  }

  private static void assertGone(SessionFactory sf, Kind kind, Long id) {
    assertEquals(0, users(sf, kind, id), "the user row is gone");
    assertEquals(0, profiles(sf, kind, id), "its profile row is gone");
  }

  /** Exactly one delete of the profile, before the user's. */
  private static void assertProfileDeletedOnceBeforeTheUser(Kind kind) {
    List<String> statements = log.statements().stream().map(String::toLowerCase).toList();
    assertEquals(1, log.count("delete", kind.profileTable), () -> "one delete of the profile:\n" + log);
    assertEquals(1, log.count("delete", kind.userTable), () -> "one delete of the user:\n" + log);
    int profile = indexOf(statements, "delete from " + kind.profileTable + " ");
    int user = indexOf(statements, "delete from " + kind.userTable + " ");
    assertTrue(profile < user, () -> "the profile's row goes first:\n" + log);
  }

  private static int indexOf(List<String> statements, String prefix) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no '" + prefix + "' in\n" + log);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfALoadedUserRemovesItsProfileFirst(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);
    assertEquals(1, profiles(sf, kind, id));

    inTransaction(sf, em -> {
      Leaving user = em.find(kind.user, id);
      log.clear();
      em.remove(user);
    });
    assertEquals(kind.selectsToRemove, log.count("select"), () -> "SELECTs beyond Hibernate's own:\n" + log);
    assertProfileDeletedOnceBeforeTheUser(kind);
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void persistThenRemoveInOneTransactionCostsNoQuery(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    log.clear();
    Long id = fromTransaction(sf, em -> {
      Leaving user = kind.constructor.apply(Unique.name("short-lived"));
      em.persist(user);
      em.remove(user);
      return user.getId();
    });
    assertEquals(0, log.count("select"), () -> "the profile AutoProfile created is known:\n" + log);
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void persistFlushThenRemoveInOneTransaction(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    log.clear();
    Long id = fromTransaction(sf, em -> {
      Leaving user = kind.constructor.apply(Unique.name("flushed"));
      em.persist(user);
      em.flush();
      em.remove(user);
      return user.getId();
    });
    assertEquals(0, log.count("select"), () -> "the profile AutoProfile created is known:\n" + log);
    assertProfileDeletedOnceBeforeTheUser(kind);
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aRemovalRolledBackRemovesNothing(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);

    EntityManager em = sf.createEntityManager();
    try {
      em.getTransaction().begin();
      em.remove(em.find(kind.user, id));
      em.flush();
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    assertEquals(1, users(sf, kind, id), "the user row stays");
    assertEquals(1, profiles(sf, kind, id), "its profile row stays");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAMergedDetachedUserRemovesItsProfile(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);
    Leaving detached = fromTransaction(sf, em -> em.find(kind.user, id));
    detached.setEmail("leaving@example.org");

    inTransaction(sf, em -> em.remove(em.merge(detached)));
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfADetachedUserRemovesItsProfileWhereHibernateAllowsIt(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);
    Leaving detached = fromTransaction(sf, em -> em.find(kind.user, id));

    // Hibernate bootstrapped natively removes a detached entity (JPA refuses it)
    inTransaction(sf, em -> em.unwrap(Session.class).remove(detached));
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void removeOfAReferenceRemovesItsProfile(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);

    log.clear();
    inTransaction(sf, em -> em.remove(em.getReference(kind.user, id)));
    // one statement loads the user with its profile, or (no inverse attribute) the profile with its user
    assertEquals(1, log.count("select"), () -> "one SELECT to remove a user by reference:\n" + log);
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  @SuppressWarnings("try")
  void suspendStopsCreatingNotRemoving(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id = newUser(sf, kind);

    try (var fixtures = AutoProfiles.suspend()) {
      inTransaction(sf, em -> em.remove(em.find(kind.user, id)));
    }
    assertGone(sf, kind, id);
  }

  @ParameterizedTest
  @MethodSource("cases")
  @SuppressWarnings("try")
  void removeOfAUserWithoutProfileRemovesJustTheUser(Database db, Kind kind) {
    SessionFactory sf = factory(db);
    Long id;
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = newUser(sf, kind);
    }
    assertEquals(0, profiles(sf, kind, id));

    log.clear();
    inTransaction(sf, em -> em.remove(em.find(kind.user, id)));
    assertEquals(0, log.count("insert"), () -> "no profile for a removed user:\n" + log);
    assertEquals(0, users(sf, kind, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void ignoreWithoutMappingLeavesTheProfileRow(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Drifter drifter = new Drifter(Unique.name("drifter"));
      em.persist(drifter);
      return drifter.getId();
    });
    String profiles = "select count(p) from DrifterProfile p where p.drifter.id = ?1";
    assertEquals(1, count(sf, profiles, id));

    log.clear();
    inTransaction(sf, em -> em.remove(em.find(Drifter.class, id)));
    assertEquals(0, log.count("select", "it_d_drifter_profile"), () -> "IGNORE looks for nothing:\n" + log);
    assertEquals(0, count(sf, "select count(u) from Drifter u where u.id = ?1", id));
    assertEquals(1, count(sf, profiles, id), "IGNORE: the database decides, and its foreign key lets the row stay");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void ignoreWithCascadeRemoveLeavesItToTheMapping(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Keeper keeper = new Keeper(Unique.name("keeper"));
      em.persist(keeper);
      return keeper.getId();
    });

    log.clear();
    inTransaction(sf, em -> em.remove(em.find(Keeper.class, id)));
    assertEquals(1, log.count("delete", "it_d_keeper_profile"), log::toString);
    assertEquals(0, count(sf, "select count(u) from Keeper u where u.id = ?1", id));
    assertEquals(0, count(sf, "select count(p) from KeeperProfile p where p.keeper.id = ?1", id));
  }
}
