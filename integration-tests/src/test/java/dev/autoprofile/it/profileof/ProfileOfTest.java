package dev.autoprofile.it.profileof;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @ProfileOf}: the pair declared on the model, the user untouched. Created, saved and removed
 * exactly as {@code @AutoProfile} on the user would; merged with user-side pairs; covering entity
 * subclasses; and a {@code @ProfileOf} whose user is not in the unit stops bootstrap.
 */
class ProfileOfTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Patron.class, PatronCard.class, CardHistory.class, PatronLedger.class, Guest.class,
        GuestProfile.class, GuestBadge.class, Venue.class, Hall.class, Stage.class, VenueLicence.class);
  }

  private static long cards(SessionFactory sf, Long patron) {
    return count(sf, "select count(c) from PatronCard c where c.patron.id = ?1", patron);
  }

  private static long ledgers(SessionFactory sf, Long patron) {
    return count(sf, "select count(l) from PatronLedger l where l.patron.id = ?1", patron);
  }

  private static long histories(SessionFactory sf, Long patron) {
    return count(sf, "select count(h) from CardHistory h where h.card.patron.id = ?1", patron);
  }

  private static Long newPatron(SessionFactory sf) {
    return fromTransaction(sf, em -> {
      Patron patron = new Patron(Unique.name("patron"));
      em.persist(patron);
      return patron.getId();
    });
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistOfAUserCreatesTheProfilesItsModelsDeclare(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Patron patron = new Patron(Unique.name("patron"));
      em.persist(patron);
      // managed in the same persistence context right away, as on the user side
      assertEquals(1, em.createQuery("select count(c) from PatronCard c where c.patron = :p", Long.class)
          .setParameter("p", patron).getSingleResult());
      return patron.getId();
    });
    assertEquals(1, cards(sf, id));
    assertEquals(1, ledgers(sf, id));
    assertEquals(1, histories(sf, id), "the card is a user too, and got its own profile");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfANewUserCreatesThem(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> em.merge(new Patron(Unique.name("merged"))).getId());
    assertEquals(1, cards(sf, id));
    assertEquals(1, ledgers(sf, id));
    assertEquals(1, histories(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void savingAUserWithoutProfilesCreatesThoseSavedOnUpdate(Database db) {
    SessionFactory sf = factory(db);
    Long id;
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = newPatron(sf);
    }
    assertEquals(0, cards(sf, id));

    inTransaction(sf, em -> em.find(Patron.class, id).setEmail("saved@example.org"));
    assertEquals(1, cards(sf, id), "onUpdate = SAVE: the missing card is created");
    assertEquals(0, ledgers(sf, id), "onUpdate = IGNORE: the ledger is only created with the user");
    assertEquals(1, histories(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void removeOfAUserRemovesItsProfilesAndTheirs(Database db) {
    SessionFactory sf = factory(db);
    Long id = newPatron(sf);

    inTransaction(sf, em -> em.remove(em.find(Patron.class, id)));
    assertEquals(0, count(sf, "select count(p) from Patron p where p.id = ?1", id));
    assertEquals(0, cards(sf, id));
    assertEquals(0, ledgers(sf, id));
    assertEquals(0, count(sf, "select count(h) from CardHistory h where h.card.id not in (select c.id from PatronCard c)"),
        "the card's own profile went with it");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistThenRemoveInOneTransactionLeavesNoRow(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Patron patron = new Patron(Unique.name("short-lived"));
      em.persist(patron);
      em.remove(patron);
      return patron.getId();
    });
    assertEquals(0, cards(sf, id));
    assertEquals(0, ledgers(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void userSideAndModelSidePairsOfOneUserGiveOneProfileEach(Database db) {
    SessionFactory sf = factory(db);
    Guest saved = fromTransaction(sf, em -> {
      Guest guest = new Guest(Unique.name("guest"));
      em.persist(guest);
      assertNotNull(guest.getProfile(), "the user-side profile");
      assertNotNull(guest.getBadge(), "the model-side profile, set on the user's inverse attribute");
      return guest;
    });
    Long id = saved.getId();
    assertEquals(1, count(sf, "select count(p) from GuestProfile p where p.guest.id = ?1", id));
    assertEquals(1, count(sf, "select count(b) from GuestBadge b where b.guest.id = ?1", id));

    // onUpdate = SAVE: changes to the model-side profile of a detached user are merged with it
    saved.getBadge().setLabel("VIP");
    inTransaction(sf, em -> em.merge(saved));
    assertEquals(1, count(sf, "select count(b) from GuestBadge b where b.guest.id = ?1 and b.label = 'VIP'", id));

    inTransaction(sf, em -> em.remove(em.find(Guest.class, id)));
    assertEquals(0, count(sf, "select count(p) from GuestProfile p where p.guest.id = ?1", id));
    assertEquals(0, count(sf, "select count(b) from GuestBadge b where b.guest.id = ?1", id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void everyEntitySubclassOfAnAbstractUserGetsTheProfile(Database db) {
    SessionFactory sf = factory(db);
    Long[] ids = fromTransaction(sf, em -> {
      Hall hall = new Hall(Unique.name("hall"));
      Stage stage = new Stage(Unique.name("stage"));
      em.persist(hall);
      em.persist(stage);
      return new Long[] {hall.getId(), stage.getId()};
    });
    String licences = "select count(l) from VenueLicence l where l.venue.id = ?1";
    assertEquals(1, count(sf, licences, ids[0]));
    assertEquals(1, count(sf, licences, ids[1]));

    inTransaction(sf, em -> em.remove(em.find(Venue.class, ids[0])));
    assertEquals(0, count(sf, licences, ids[0]));
    assertEquals(1, count(sf, licences, ids[1]));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileOfAUserOutsideThePersistenceUnitStopsBootstrap(Database db) {
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> Jpa.build(db, Map.of(), Venue.class, Stage.class, HallPermit.class).close());
    AutoProfileException cause = causeOf(thrown);
    String message = cause.getMessage();
    assertTrue(message.contains("@ProfileOf on " + HallPermit.class.getName()), message);
    assertTrue(message.contains("user entity " + Hall.class.getName()), message);
    assertTrue(message.contains("not an entity of this persistence unit"), message);
    assertTrue(message.contains("persistence.xml <class>"), message);

    // and with the user in the unit it boots, and only halls get a permit
    try (SessionFactory sf = Jpa.build(db, Map.of(), Venue.class, Stage.class, Hall.class, HallPermit.class)) {
      Long[] ids = fromTransaction(sf, em -> {
        Hall hall = new Hall(Unique.name("hall"));
        Stage stage = new Stage(Unique.name("stage"));
        em.persist(hall);
        em.persist(stage);
        return new Long[] {hall.getId(), stage.getId()};
      });
      assertEquals(1, count(sf, "select count(p) from HallPermit p where p.venue.id = ?1", ids[0]));
      assertEquals(0, count(sf, "select count(p) from HallPermit p where p.venue.id = ?1", ids[1]));
    }
  }

  private static AutoProfileException causeOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AutoProfileException e) {
        return e;
      }
    }
    throw new AssertionError("no AutoProfileException in the chain", thrown);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void theProfileAUserHoldsIsTheOneSaved(Database db) {
    SessionFactory sf = factory(db);
    Long id = fromTransaction(sf, em -> {
      Guest guest = new Guest(Unique.name("preset"));
      GuestBadge badge = new GuestBadge(guest);
      badge.setLabel("preset");
      guest.setBadge(badge);
      em.persist(guest);
      assertSame(badge, guest.getBadge());
      return guest.getId();
    });
    assertEquals(1, count(sf, "select count(b) from GuestBadge b where b.guest.id = ?1 and b.label = 'preset'", id));
  }
}
