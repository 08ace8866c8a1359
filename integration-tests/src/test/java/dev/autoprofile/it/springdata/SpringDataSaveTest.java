package dev.autoprofile.it.springdata;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

/**
 * Spring Data's {@code save()}: persist when it can tell the entity is new, merge otherwise. Either
 * way exactly one profile. Repositories come from {@link JpaRepositoryFactory} on a plain
 * EntityManager: no Spring context.
 */
class SpringDataSaveTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, SdUser.class, SdUserProfile.class, SdAccount.class, SdAccountProfile.class);
  }

  private static <R, T> T withRepository(SessionFactory sf, Class<R> type, BiFunction<R, EntityManager, T> work) {
    return fromTransaction(sf, em -> work.apply(new JpaRepositoryFactory(em).getRepository(type), em));
  }

  private static long profilesOfUser(SessionFactory sf, Long id) {
    return count(sf, "select count(p) from SdUserProfile p where p.user.id = ?1", id);
  }

  private static long profilesOfAccount(SessionFactory sf, String code) {
    return count(sf, "select count(p) from SdAccountProfile p where p.account.code = ?1", code);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveOfANewUserCreatesOneProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = withRepository(sf, SdUserRepository.class, (users, em) -> {
      SdUser user = new SdUser("sd-" + UUID.randomUUID());
      SdUser saved = users.save(user);
      assertSame(user, saved, "a new IDENTITY entity is persisted");
      assertNotNull(saved.getProfile());
      assertTrue(em.contains(saved.getProfile()));
      return saved.getId();
    });
    assertEquals(1, profilesOfUser(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveOfADetachedUserKeepsOneProfileAndSavesItsChanges(Database db) {
    SessionFactory sf = factory(db);
    Long id = withRepository(sf, SdUserRepository.class, (users, em) -> users.save(new SdUser("sd-" + UUID.randomUUID())).getId());
    SdUser detached = withRepository(sf, SdUserRepository.class, (users, em) -> users.findById(id).orElseThrow());
    assertNotNull(detached.getProfile());

    detached.setEmail("detached@example.org");
    detached.getProfile().setBio("edited while detached");
    withRepository(sf, SdUserRepository.class, (users, em) -> {
      SdUser saved = users.save(detached);
      assertNotSame(detached, saved, "an existing entity is merged");
      assertTrue(em.contains(saved.getProfile()));
      return null;
    });

    assertEquals(1, profilesOfUser(sf, id));
    assertEquals("detached@example.org", fromTransaction(sf, em -> em.find(SdUser.class, id).getEmail()));
    assertEquals("edited while detached", fromTransaction(sf, em ->
        em.createQuery("select p.bio from SdUserProfile p where p.user.id = :id", String.class)
            .setParameter("id", id).getSingleResult()), "the profile the detached user held was saved with it");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveOfANewUserWithAnAssignedIdMergesAndCreatesOneProfile(Database db) {
    SessionFactory sf = factory(db);
    String code = "acct-" + UUID.randomUUID();
    withRepository(sf, SdAccountRepository.class, (accounts, em) -> {
      SdAccount account = new SdAccount(code);
      SdAccount saved = accounts.save(account);
      assertNotSame(account, saved, "an assigned id is not known to be new: save() merged");
      assertTrue(em.contains(saved));
      assertEquals(1L, em.createQuery("select count(p) from SdAccountProfile p where p.account = :a", Long.class)
          .setParameter("a", saved).getSingleResult(), "the profile is in the same persistence context");
      return null;
    });
    assertEquals(1, profilesOfAccount(sf, code));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void saveOfADetachedUserWithAnAssignedIdKeepsOneProfile(Database db) {
    SessionFactory sf = factory(db);
    String code = "acct-" + UUID.randomUUID();
    withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.save(new SdAccount(code)));
    SdAccount detached = withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.findById(code).orElseThrow());

    detached.setOwner("Ada");
    withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.save(detached));
    // and once more as a fresh instance with the same id, the way a form post arrives
    SdAccount posted = new SdAccount(code);
    posted.setOwner("Grace");
    withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.save(posted));

    assertEquals(1, profilesOfAccount(sf, code));
    assertEquals("Grace", fromTransaction(sf, em -> em.find(SdAccount.class, code).getOwner()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void saveOfADetachedLegacyUserWithAnAssignedIdGivesItOneProfile(Database db) {
    SessionFactory sf = factory(db);
    String code = "legacy-" + UUID.randomUUID();
    try (var fixtures = AutoProfiles.suspend()) {
      withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.save(new SdAccount(code)));
    }
    assertEquals(0, profilesOfAccount(sf, code), "a row older than the annotation");

    SdAccount posted = new SdAccount(code);
    posted.setOwner("Linus");
    withRepository(sf, SdAccountRepository.class, (accounts, em) -> accounts.save(posted));

    assertEquals(1, profilesOfAccount(sf, code));
    assertEquals("Linus", fromTransaction(sf, em -> em.find(SdAccount.class, code).getOwner()));
  }
}
