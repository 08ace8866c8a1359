package dev.autoprofile.it.springdata;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import dev.autoprofile.it.delete.Subscriber;
import dev.autoprofile.it.delete.SubscriberProfile;
import dev.autoprofile.it.profileof.CardHistory;
import dev.autoprofile.it.profileof.Patron;
import dev.autoprofile.it.profileof.PatronCard;
import dev.autoprofile.it.profileof.PatronLedger;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

/**
 * Spring Data's {@code delete} and {@code deleteById} of users AutoProfile has touched: 4.x finds
 * a detached entity, then removes {@code merge(entity)}; the user maps its profile with
 * {@code cascade = REMOVE}, so both rows go, and a user about to be deleted gets no profile. A user
 * that maps none of its profiles ({@code @ProfileOf} models, {@code onDelete = DELETE}) loses them too.
 */
class SpringDataDeleteTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Subscriber.class, SubscriberProfile.class);
  }

  private static <T> T withRepository(SessionFactory sf, Function<SubscriberRepository, T> work) {
    return fromTransaction(sf, em -> work.apply(new JpaRepositoryFactory(em).getRepository(SubscriberRepository.class)));
  }

  private static Long saved(SessionFactory sf) {
    return withRepository(sf, users -> users.save(new Subscriber(Unique.name("sd-delete"))).getId());
  }

  private static void assertGone(SessionFactory sf, Long id) {
    assertEquals(0, count(sf, "select count(u) from Subscriber u where u.id = ?1", id), "the user row is gone");
    assertEquals(0, count(sf, "select count(p) from SubscriberProfile p where p.subscriber.id = ?1", id),
        "no profile row is left, and none was created");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void deleteOfADetachedUserRemovesItAndItsProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = saved(sf);
    Subscriber detached = withRepository(sf, users -> users.findById(id).orElseThrow());
    assertNotNull(detached.getProfile());

    withRepository(sf, users -> {
      users.delete(detached);
      return null;
    });
    assertGone(sf, id);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void deleteOfADetachedUserWithoutProfileCreatesNone(Database db) {
    SessionFactory sf = factory(db);
    Long id;
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = saved(sf);
    }
    Subscriber detached = withRepository(sf, users -> users.findById(id).orElseThrow());
    assertNull(detached.getProfile());

    withRepository(sf, users -> {
      users.delete(detached);
      return null;
    });
    assertGone(sf, id);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void deleteByIdRemovesTheUserAndItsProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = saved(sf);

    withRepository(sf, users -> {
      users.deleteById(id);
      return null;
    });
    assertGone(sf, id);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveThenDeleteInOneTransactionLeavesNothing(Database db) {
    SessionFactory sf = factory(db);
    Long id = withRepository(sf, users -> {
      Subscriber user = users.save(new Subscriber(Unique.name("sd-delete")));
      users.flush();
      users.delete(user);
      return user.getId();
    });
    assertGone(sf, id);
  }

  private static SessionFactory patrons(Database db) {
    return Jpa.factory(db, Patron.class, PatronCard.class, CardHistory.class, PatronLedger.class);
  }

  private static <T> T withPatrons(SessionFactory sf, Function<PatronRepository, T> work) {
    return fromTransaction(sf, em -> work.apply(new JpaRepositoryFactory(em).getRepository(PatronRepository.class)));
  }

  private static void assertPatronGone(SessionFactory sf, Long id) {
    assertEquals(0, count(sf, "select count(p) from Patron p where p.id = ?1", id), "the user row is gone");
    assertEquals(0, count(sf, "select count(c) from PatronCard c where c.patron.id = ?1", id), "its card is gone");
    assertEquals(0, count(sf, "select count(l) from PatronLedger l where l.patron.id = ?1", id), "its ledger is gone");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void deleteOfADetachedUserRemovesTheProfilesItDoesNotMap(Database db) {
    SessionFactory sf = patrons(db);
    Long id = withPatrons(sf, patrons -> patrons.save(new Patron(Unique.name("sd-patron"))).getId());
    assertEquals(1, count(sf, "select count(c) from PatronCard c where c.patron.id = ?1", id));
    Patron detached = withPatrons(sf, patrons -> patrons.findById(id).orElseThrow());

    withPatrons(sf, patrons -> {
      patrons.delete(detached);
      return null;
    });
    assertPatronGone(sf, id);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void deleteByIdRemovesTheProfilesItDoesNotMap(Database db) {
    SessionFactory sf = patrons(db);
    Long id = withPatrons(sf, patrons -> patrons.save(new Patron(Unique.name("sd-patron"))).getId());

    withPatrons(sf, patrons -> {
      patrons.deleteById(id);
      return null;
    });
    assertPatronGone(sf, id);
  }
}
