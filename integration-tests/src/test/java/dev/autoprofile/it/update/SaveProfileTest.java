package dev.autoprofile.it.update;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.Unique;
import dev.autoprofile.it.StatementLog;
import dev.autoprofile.it.basic.Member;
import dev.autoprofile.it.basic.MemberProfile;
import dev.autoprofile.it.ids.UuidUser;
import dev.autoprofile.it.ids.UuidUserProfile;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Django's {@code created=False}: saving an existing user saves its profile, and gives a user
 * without one (a row older than the annotation) its profile, at no extra statement.
 */
class SaveProfileTest {
  private static final StatementLog log = new StatementLog();
  private static final Map<Database, SessionFactory> factories = new EnumMap<>(Database.class);

  private static SessionFactory factory(Database db) {
    return factories.computeIfAbsent(db, d -> Jpa.build(d,
        Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, log.wrap(d.dataSource())),
        Member.class, MemberProfile.class, UuidUser.class, UuidUserProfile.class));
  }

  @AfterAll
  static void close() {
    factories.values().forEach(SessionFactory::close);
  }

  private static Member newMember(SessionFactory emf) {
    return fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("member"));
      em.persist(member);
      return member;
    });
  }

  @SuppressWarnings("try")
  private static Long legacyMember(SessionFactory emf) {
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      return newMember(emf).getId();
    }
  }

  private static String displayName(SessionFactory emf, Long memberId) {
    return fromTransaction(emf, em -> em.createQuery(
        "select p.displayName from MemberProfile p where p.member.id = :id", String.class)
        .setParameter("id", memberId).getSingleResult());
  }

  private static long profilesOf(SessionFactory emf, Long memberId) {
    return count(emf, "select count(p) from MemberProfile p where p.member.id = ?1", memberId);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfADetachedUserWritesTheChangesToItsProfile(Database db) {
    SessionFactory emf = factory(db);
    Member detached = newMember(emf);
    detached.getProfile().setDisplayName("Edited while detached");

    log.clear();
    inTransaction(emf, em -> em.merge(detached));
    assertEquals(1, log.count("select"), () -> "only Hibernate's own load of the user:\n" + log);
    assertEquals(1, log.count("update", "it_member_profile"), log::toString);
    assertEquals(0, log.count("update", "it_member"), log::toString);
    assertEquals("Edited while detached", displayName(emf, detached.getId()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void mergeOfAnUnchangedUserAndProfileWritesNothing(Database db) {
    SessionFactory emf = factory(db);
    Member detached = newMember(emf);

    log.clear();
    inTransaction(emf, em -> em.merge(detached));
    assertEquals(1, log.count("select"), log::toString);
    assertEquals(0, log.count("update"), () -> "no UPDATE when nothing changed:\n" + log);
    assertEquals(0, log.count("insert"), log::toString);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aManagedUserGivenADetachedProfileWritesIt(Database db) {
    SessionFactory emf = factory(db);
    Member created = newMember(emf);
    MemberProfile detachedProfile = created.getProfile();
    detachedProfile.setDisplayName("Handed over");

    inTransaction(emf, em -> em.find(Member.class, created.getId()).setProfile(detachedProfile));
    assertEquals("Handed over", displayName(emf, created.getId()));
    assertEquals(1, profilesOf(emf, created.getId()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileDetachedFromItsNewManagedUserIsWrittenAtTheNextFlush(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Member member = new Member(Unique.name("member"));
      em.persist(member);
      em.flush();
      MemberProfile profile = member.getProfile();
      em.detach(profile);
      profile.setDisplayName("Detached, changed, still held");
      return member.getId();
    });
    assertEquals("Detached, changed, still held", displayName(emf, id));
    assertEquals(1, profilesOf(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileDetachedFromItsMergedUserIsWrittenAtTheNextFlush(Database db) {
    SessionFactory emf = factory(db);
    Member detached = newMember(emf);
    Long id = detached.getId();
    inTransaction(emf, em -> {
      Member member = em.merge(detached);
      em.flush();
      MemberProfile profile = member.getProfile();
      em.detach(profile);
      profile.setDisplayName("Detached after a flush");
    });
    assertEquals("Detached after a flush", displayName(emf, id));
    assertEquals(1, profilesOf(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aManagedLegacyUserGivenANewProfileWritesIt(Database db) {
    SessionFactory emf = factory(db);
    Long id = legacyMember(emf);

    inTransaction(emf, em -> {
      Member member = em.find(Member.class, id);
      MemberProfile profile = new MemberProfile(member);
      profile.setDisplayName("Made by the application");
      member.setProfile(profile);
    });
    assertEquals(1, profilesOf(emf, id));
    assertEquals("Made by the application", displayName(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aLegacyUserGetsItsProfileWhenMergedWithoutAnExtraSelect(Database db) {
    SessionFactory emf = factory(db);
    Long id = legacyMember(emf);
    Member detached = fromTransaction(emf, em -> em.find(Member.class, id));

    log.clear();
    inTransaction(emf, em -> em.merge(detached));
    assertEquals(1, log.count("select"), () -> "only Hibernate's own load of the user:\n" + log);
    assertEquals(1, log.count("insert", "it_member_profile"), log::toString);
    assertEquals(1, profilesOf(emf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aLegacyUserGetsItsProfileWhenUpdatedButNotWhenOnlyRead(Database db) {
    SessionFactory emf = factory(db);
    Long id = legacyMember(emf);

    inTransaction(emf, em -> em.find(Member.class, id));
    assertEquals(0, profilesOf(emf, id), "loading is not saving");

    inTransaction(emf, em -> {
      Member member = em.find(Member.class, id);
      em.createQuery("update Member m set m.username = :name where m.id = :id")
          .setParameter("name", Unique.name("renamed")).setParameter("id", id).executeUpdate();
      em.refresh(member);
    });
    assertEquals(0, profilesOf(emf, id), "a bulk update bypasses entity events");

    inTransaction(emf, em -> {
      Member member = em.find(Member.class, id);
      member.setProfile(null);
      em.merge(member);
      em.flush();
    });
    assertEquals(0, profilesOf(emf, id), "nothing about the user changed");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void aLegacyUserWithoutInverseAttributeIsCheckedOncePerPersistenceContext(Database db) {
    SessionFactory emf = factory(db);
    UUID id;
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = fromTransaction(emf, em -> {
        UuidUser user = new UuidUser(Unique.name("legacy-uuid"));
        em.persist(user);
        return user.getId();
      });
    }
    log.clear();
    inTransaction(emf, em -> {
      UuidUser user = em.find(UuidUser.class, id);
      user.setName(Unique.name("first"));
      em.flush();
      user.setName(Unique.name("second"));
      em.flush();
    });
    assertEquals(1, log.count("select", "it_uuid_user_profile"), () -> "one existence query:\n" + log);
    assertEquals(1, count(emf, "select count(p) from UuidUserProfile p where p.user.id = ?1", id));

    log.clear();
    inTransaction(emf, em -> em.find(UuidUser.class, id).setName(Unique.name("third")));
    assertEquals(1, count(emf, "select count(p) from UuidUserProfile p where p.user.id = ?1", id),
        "the existing profile is found, not duplicated");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void aSuspendedSaveSavesNothing(Database db) {
    SessionFactory emf = factory(db);
    Member detached = newMember(emf);
    String original = displayName(emf, detached.getId());
    detached.getProfile().setDisplayName("Not saved");

    try (var suspended = AutoProfiles.suspend()) {
      inTransaction(emf, em -> em.merge(detached));
    }
    assertEquals(original, displayName(emf, detached.getId()));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aDirtyManagedUserCostsOnlyItsOwnUpdate(Database db) {
    SessionFactory emf = factory(db);
    Long id = newMember(emf).getId();

    log.clear();
    inTransaction(emf, em -> {
      Member member = em.find(Member.class, id);
      em.createQuery("select m from Member m where m.id = :id", Member.class).setParameter("id", id).getSingleResult();
      member.getProfile().setDisplayName("Changed in place");
    });
    assertEquals(2, log.count("select"), () -> "the find and the query, nothing more:\n" + log);
    assertEquals(1, log.count("update"), log::toString);
  }
}
