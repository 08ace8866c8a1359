package dev.autoprofile.stacks.boot35;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autoprofile.AutoProfiles;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data's repository methods on Boot 3.5 and Hibernate 6.6, as an application calls them:
 * users are created, saved and deleted, and their profiles follow with no AutoProfile code here.
 */
class RepositoryTest {

  @Nested
  @Boot35Test
  class H2 extends Contract {}

  @Nested
  @Boot35Test
  @OnPostgres
  class PostgreSQL extends Contract {}

  abstract static class Contract {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired UserRepository users;
    @Autowired TeamRepository teams;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transaction;
    @Autowired Rows rows;

    // --- create

    @Test
    void saveGivesTheNewUserOneProfileOfEachModelManagedInItsTransaction() {
      String name = newName();
      long id = transaction.execute(status -> {
        User user = users.save(new User(name, name + "@example.org"));
        Profile profile = user.getProfile();
        assertThat(profile).as("the profile on the user save returned").isNotNull();
        assertThat(entityManager.contains(profile)).as("managed").isTrue();
        assertThat(profile.getDisplayName()).isEqualTo(name);
        assertThat(entityManager.createQuery("select p from Profile p where p.user = :user", Profile.class)
            .setParameter("user", user).getSingleResult()).isSameAs(profile);
        NotificationSettings settings = entityManager
            .createQuery("select s from NotificationSettings s where s.user = :user", NotificationSettings.class)
            .setParameter("user", user).getSingleResult();
        assertThat(entityManager.contains(settings)).isTrue();
        assertThat(settings.isWeeklyDigest()).as("the field initialiser ran").isTrue();
        return user.getId();
      });
      assertOneOfEach(id);
    }

    @Test
    void saveAllGivesEveryUserItsProfiles() {
      List<User> saved = users.saveAll(List.of(newUser(), newUser(), newUser()));
      assertThat(saved).allSatisfy(user -> {
        assertThat(user.getProfile()).isNotNull();
        assertThat(user.getProfile().getUser()).isSameAs(user);
        assertOneOfEach(user.getId());
      });
    }

    @Test
    void saveAndFlushWritesTheProfilesInTheSameFlush() {
      long id = transaction.execute(status -> {
        User user = users.saveAndFlush(newUser());
        assertThat(user.getProfile()).isNotNull();
        // the transaction's own connection: the rows are written, not yet committed
        assertOneOfEach(user.getId());
        return user.getId();
      });
      assertOneOfEach(id);
    }

    @Test
    void saveMergesANewEntityWithAnAssignedIdAndItGetsOneProfile() {
      String slug = newName();
      Team saved = transaction.execute(status -> {
        Team team = new Team(slug, "Compilers");
        Team managed = teams.save(team);
        assertThat(managed).as("merged: Spring Data returns the managed copy").isNotSameAs(team);
        TeamProfile profile = entityManager
            .createQuery("select p from TeamProfile p where p.team = :team", TeamProfile.class)
            .setParameter("team", managed).getSingleResult();
        assertThat(entityManager.contains(profile)).isTrue();
        return managed;
      });
      assertThat(rows.teamProfiles(slug)).isOne();

      saved.setName("Compiler people");
      teams.save(saved);
      assertThat(rows.teamProfiles(slug)).as("merging it again adds none").isOne();

      teams.deleteById(slug);
      assertThat(rows.teamProfiles(slug)).isZero();
    }

    @Test
    void aRolledBackSaveLeavesNeitherTheUserNorItsProfiles() {
      String name = newName();
      transaction.executeWithoutResult(status -> {
        users.save(new User(name, name + "@example.org"));
        status.setRollbackOnly();
      });
      assertThat(users.findAll()).extracting(User::getUsername).doesNotContain(name);
      assertThat(rows.all("sb35_profile")).isEqualTo(rows.all("sb35_user"));
      assertThat(rows.all("sb35_notification_settings")).isEqualTo(rows.all("sb35_user"));
    }

    // --- save on update

    @Test
    void saveOfADetachedUserWritesTheChangedProfileItHolds() {
      long id = users.save(newUser()).getId();
      User detached = users.findById(id).orElseThrow();
      detached.getProfile().setBio("Wrote the first compiler");

      users.save(detached);

      assertThat(rows.bio(id)).isEqualTo("Wrote the first compiler");
      assertOneOfEach(id);
    }

    @Test
    void aUserWithoutProfilesGetsThemWhenSaved() {
      long id = rows.insertUserWithoutProfiles(newName());
      User legacy = users.findById(id).orElseThrow();
      assertThat(legacy.getProfile()).isNull();
      legacy.setEmail("new-address@example.org");

      users.save(legacy);

      assertOneOfEach(id);
      assertThat(users.findById(id).orElseThrow().getProfile().getDisplayName()).isEqualTo(legacy.getUsername());
    }

    // --- delete

    static Stream<Arguments> deletes() {
      return Stream.of(
          deletion("delete(detached user)", (users, user) -> users.delete(user)),
          deletion("delete(user loaded in the transaction)",
              (users, user) -> users.delete(users.findById(user.getId()).orElseThrow())),
          deletion("deleteById", (users, user) -> users.deleteById(user.getId())),
          deletion("deleteAll(users)", (users, user) -> users.deleteAll(List.of(user))),
          deletion("deleteAllById", (users, user) -> users.deleteAllById(List.of(user.getId()))));
    }

    private static Arguments deletion(String name, BiConsumer<UserRepository, User> delete) {
      return Arguments.of(name, delete);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletes")
    void deletingAUserDeletesItsProfilesWithIt(String name, BiConsumer<UserRepository, User> delete) {
      User user = users.save(newUser());
      assertOneOfEach(user.getId());

      transaction.executeWithoutResult(status -> delete.accept(users, user));

      assertThat(rows.users(user.getId())).isZero();
      assertThat(rows.profiles(user.getId())).isZero();
      assertThat(rows.notificationSettings(user.getId())).isZero();
    }

    @Test
    void deleteAllDeletesEveryUsersProfiles() {
      users.saveAll(List.of(newUser(), newUser()));
      rows.insertUserWithoutProfiles(newName());
      assertThat(rows.all("sb35_profile")).isPositive();
      assertThat(rows.all("sb35_notification_settings")).isPositive();

      users.deleteAll();

      assertThat(rows.all("sb35_user")).isZero();
      assertThat(rows.all("sb35_profile")).isZero();
      assertThat(rows.all("sb35_notification_settings")).isZero();
    }

    @Test
    void deleteAllInBatchIsABulkDeleteThatBypassesAutoProfileAndTheForeignKeyRefusesIt() {
      User user = users.save(newUser());

      assertThatThrownBy(() -> users.deleteAllInBatch(List.of(user)))
          .isInstanceOf(DataIntegrityViolationException.class);

      assertOneOfEach(user.getId());
      assertThat(rows.users(user.getId())).isOne();
    }

    // --- suspend

    @Test
    void nothingIsCreatedOrSavedWhileSuspended() {
      long legacy = rows.insertUserWithoutProfiles(newName());
      User fixture;
      List<User> more;
      try (var suspended = AutoProfiles.suspend()) {
        fixture = users.save(newUser());
        more = users.saveAll(List.of(newUser(), newUser()));
        User old = users.findById(legacy).orElseThrow();
        old.setEmail("changed@example.org");
        users.save(old);
      }

      assertThat(fixture.getProfile()).isNull();
      for (long id : List.of(fixture.getId(), more.get(0).getId(), more.get(1).getId(), legacy)) {
        assertThat(rows.profiles(id)).as("profiles of user %d", id).isZero();
        assertThat(rows.notificationSettings(id)).as("notification settings of user %d", id).isZero();
      }

      // closed: creating works again, and the fixture gets its profiles at its next save
      assertOneOfEach(users.save(newUser()).getId());
      User reloaded = users.findById(fixture.getId()).orElseThrow();
      reloaded.setEmail("saved-after@example.org");
      users.save(reloaded);
      assertOneOfEach(fixture.getId());
    }

    private void assertOneOfEach(long userId) {
      assertThat(rows.profiles(userId)).as("profiles of user %d", userId).isOne();
      assertThat(rows.notificationSettings(userId)).as("notification settings of user %d", userId).isOne();
    }

    private static String newName() {
      return "user" + NAMES.incrementAndGet();
    }

    private static User newUser() {
      String name = newName();
      return new User(name, name + "@example.org");
    }
  }
}
