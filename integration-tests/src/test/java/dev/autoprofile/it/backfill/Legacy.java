package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;

/** The backfill tests' unit, and users written the way rows older than the annotation are: without profiles. */
final class Legacy {
  static final Class<?>[] ENTITIES = {
      BfMember.class, BfMemberProfile.class, BfMemberLedger.class, BfUuidUser.class, BfUuidUserProfile.class,
      BfCodeUser.class, BfCodeUserProfile.class, BfParty.class, BfPerson.class, BfCompany.class, BfPartyProfile.class,
      BfFragile.class, BfFragileProfile.class};

  private static final List<String> PROFILES_FIRST = List.of(
      "BfMemberLedger", "BfMemberProfile", "BfUuidUserProfile", "BfCodeUserProfile", "BfPartyProfile",
      "BfFragileProfile", "BfMember", "BfUuidUser", "BfCodeUser", "BfParty", "BfFragile");

  private Legacy() {}

  static SessionFactory factory(Database db) {
    return Jpa.factory(db, ENTITIES);
  }

  /** Empties every table of the unit. */
  static void reset(SessionFactory sf) {
    Jpa.inTransaction(sf, em -> PROFILES_FIRST.forEach(entity -> em.createQuery("delete from " + entity).executeUpdate()));
  }

  /** Persists in one transaction with AutoProfile suspended: no profile is created. */
  @SuppressWarnings("try")
  static void withoutProfiles(SessionFactory sf, Consumer<EntityManager> work) {
    try (var raw = AutoProfiles.suspend()) {
      Jpa.inTransaction(sf, work);
    }
  }

  static void members(SessionFactory sf, String prefix, int count) {
    withoutProfiles(sf, em -> {
      for (int i = 0; i < count; i++) {
        em.persist(new BfMember(prefix + i));
      }
    });
  }

  static long count(SessionFactory sf, String entity) {
    return Jpa.count(sf, "select count(e) from " + entity + " e");
  }

  /** Members holding more than one profile or ledger: always zero. */
  static long twice(SessionFactory sf) {
    return Jpa.count(sf, "select count(m) from BfMember m where "
        + "(select count(p) from BfMemberProfile p where p.member = m) > 1 "
        + "or (select count(l) from BfMemberLedger l where l.member = m) > 1");
  }

  /** Members lacking their profile or their ledger. */
  static long lacking(SessionFactory sf) {
    return Jpa.count(sf, "select count(m) from BfMember m where "
        + "not exists (select 1 from BfMemberProfile p where p.member = m) "
        + "or not exists (select 1 from BfMemberLedger l where l.member = m)");
  }
}
