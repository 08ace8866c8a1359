package dev.autoprofile.it.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.spi.RegisteredPair;
import dev.autoprofile.spi.RegisteredPair.Side;
import dev.autoprofile.spi.RegisteredPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code autoprofile.observer}: the instance in a unit's properties is told each profile AutoProfile created,
 * saved, removed and backfilled, and each that failed; {@link RegisteredPairs} lists the unit's pairs and
 * counts the users without each profile.
 */
class ObserverTest {
  private static final String PROFILE = "ObsUser -> ObsUserProfile";
  private static final String BADGE = "ObsUser -> ObsBadge";

  private static SessionFactory factory(Database db, Recorder recorder) {
    return Jpa.build(db, Map.of("autoprofile.observer", recorder), ObsUser.class, ObsUserProfile.class, ObsBadge.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void toldWhatWasCreatedSavedAndDeleted(Database db) {
    Recorder recorder = new Recorder();
    try (SessionFactory sf = factory(db, recorder)) {
      List<ObsUser> users = new ArrayList<>();
      Jpa.inTransaction(sf, em -> {
        for (String name : List.of("ada", "grace", "barbara")) {
          ObsUser user = new ObsUser(name);
          em.persist(user);
          users.add(user);
        }
      });
      assertEquals(List.of("created " + PROFILE, "created " + BADGE, "created " + PROFILE, "created " + BADGE,
          "created " + PROFILE, "created " + BADGE), recorder.take());

      ObsUser detached = users.get(0);
      detached.getProfile().setBio("mathematician");
      Jpa.inTransaction(sf, em -> em.merge(detached));
      assertEquals(List.of("saved " + PROFILE), recorder.take(), "the badge is onUpdate = IGNORE");
      assertEquals(1, Jpa.count(sf, "select count(p) from ObsUserProfile p where p.bio = 'mathematician'"));

      Jpa.inTransaction(sf, em -> em.remove(em.find(ObsUser.class, users.get(1).getId())));
      assertEquals(List.of("deleted " + PROFILE, "deleted " + BADGE), recorder.take());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void toldOfAProfileThatCouldNotBeBuilt(Database db) {
    Recorder recorder = new Recorder();
    try (SessionFactory sf = factory(db, recorder)) {
      assertThrows(AutoProfileException.class, () -> Jpa.inTransaction(sf, em -> em.persist(new ObsUser("broken"))));
      assertEquals(List.of("failed " + PROFILE + " CREATE"), recorder.take());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void toldWhatABackfillCommittedAndFailed(Database db) {
    Recorder recorder = new Recorder();
    try (SessionFactory sf = factory(db, recorder)) {
      try (var suspended = AutoProfiles.suspend()) {
        Jpa.inTransaction(sf, em -> {
          for (int i = 0; i < 5; i++) {
            em.persist(new ObsUser("old-" + i));
          }
        });
      }
      assertEquals(List.of(), recorder.take(), "suspended: nothing created");

      AutoProfiles.backfill(sf).chunkSize(3).run();

      assertEquals(List.of("backfilled " + PROFILE + " 3", "backfilled " + PROFILE + " 2",
          "backfilled " + BADGE + " 3", "backfilled " + BADGE + " 2"), recorder.take());

      try (var suspended = AutoProfiles.suspend()) {
        Jpa.inTransaction(sf, em -> em.persist(new ObsUser("broken")));
      }
      assertThrows(AutoProfileException.class, () -> AutoProfiles.backfill(sf).run());
      assertEquals(List.of("failed " + PROFILE + " BACKFILL"), recorder.take());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void registeredPairsListEachPairWithItsSideAndCountTheMissing(Database db) {
    try (SessionFactory sf = factory(db, new Recorder())) {
      RegisteredPair profile = new RegisteredPair(ObsUser.class, ObsUserProfile.class, Side.USER, OnUpdate.SAVE,
          OnDelete.DELETE);
      RegisteredPair badge = new RegisteredPair(ObsUser.class, ObsBadge.class, Side.MODEL, OnUpdate.IGNORE,
          OnDelete.DELETE);
      RegisteredPairs registered = RegisteredPairs.of(sf);
      assertTrue(registered.enabled());
      assertEquals(List.of(profile, badge), registered.pairs());

      Jpa.inTransaction(sf, em -> em.persist(new ObsUser("new")));
      try (var suspended = AutoProfiles.suspend()) {
        Jpa.inTransaction(sf, em -> {
          em.persist(new ObsUser("old-1"));
          em.persist(new ObsUser("old-2"));
        });
      }
      Jpa.inTransaction(sf, em -> em.createQuery("delete from ObsBadge").executeUpdate());

      assertEquals(Map.of(profile, 2L, badge, 3L), registered.countMissing());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Database.class, names = "H2")
  void aUnitSwitchedOffHasNoPairs(Database db) {
    try (SessionFactory sf = Jpa.build(db, Map.of("autoprofile.enabled", "false"),
        ObsUser.class, ObsUserProfile.class, ObsBadge.class)) {
      RegisteredPairs registered = RegisteredPairs.of(sf);
      assertFalse(registered.enabled());
      assertEquals(List.of(), registered.pairs());
      assertThrows(IllegalStateException.class, registered::countMissing);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Database.class, names = "H2")
  void anObserverThatIsNoObserverStopsBootstrapSayingSo(Database db) {
    var failure = assertThrows(AutoProfileException.class, () -> Jpa.build(db,
        Map.of("autoprofile.observer", "com.acme.Metrics"), ObsUser.class, ObsUserProfile.class, ObsBadge.class));
    assertTrue(failure.getMessage().contains("must be an instance of dev.autoprofile.spi.ProfileObserver"),
        failure.getMessage());
  }
}
