package dev.autoprofile.it.backfill;

import static dev.autoprofile.it.Jpa.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.BackfillReport;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.StatementLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** API.md "Backfill", items 1, 2 and 4, on every database: exactly the missing profiles, chunk by chunk. */
class BackfillTest {

  private static SessionFactory fresh(Database db) {
    SessionFactory sf = Legacy.factory(db);
    Legacy.reset(sf);
    return sf;
  }

  /** 1: every pair of every user entity, ids of three basic types, subclasses of an abstract entity. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void createsExactlyTheMissingProfilesOfEveryPair(Database db) {
    SessionFactory sf = fresh(db);
    Legacy.members(sf, "old-", 23);
    Jpa.inTransaction(sf, em -> em.persist(new BfMember("new"))); // created with its profile and ledger
    Legacy.withoutProfiles(sf, em -> {
      for (int i = 0; i < 9; i++) {
        em.persist(BfUuidUser.create());
        em.persist(new BfCodeUser(String.format(Locale.ROOT, "code-%02d", i)));
      }
      for (int i = 0; i < 4; i++) {
        em.persist(new BfPerson());
        em.persist(new BfCompany());
      }
    });
    var backfill = AutoProfiles.backfill(sf).chunkSize(5);
    assertEquals(23 + 23 + 9 + 9 + 8, backfill.countMissing());

    BackfillReport report = backfill.run();

    assertEquals(72, report.created());
    assertEquals(Map.of("BfMember → BfMemberProfile", 23L, "BfMember → BfMemberLedger", 23L,
        "BfUuidUser → BfUuidUserProfile", 9L, "BfCodeUser → BfCodeUserProfile", 9L, "BfParty → BfPartyProfile", 8L),
        report.createdByPair());
    assertTrue(report.toString().startsWith("Backfill: 72 profiles created in "), report.toString());
    assertEquals(0, Legacy.lacking(sf));
    assertEquals(0, Legacy.twice(sf));
    assertEquals(24, Legacy.count(sf, "BfMemberProfile"));
    assertEquals(9, Legacy.count(sf, "BfUuidUserProfile"));
    assertEquals(9, Legacy.count(sf, "BfCodeUserProfile"));
    assertEquals(8, Legacy.count(sf, "BfPartyProfile"));
    assertEquals(0, count(sf, "select count(u) from BfParty u where not exists "
        + "(select 1 from BfPartyProfile p where p.party = u)"), "persons and companies alike");
    // built by the generated listener: constructor and field initialisers ran
    assertEquals(23, count(sf, "select count(p) from BfMemberProfile p where p.theme = 'light' "
        + "and p.displayName = concat('~', p.member.name) and p.member.name like 'old-%'"));
    assertEquals(24, count(sf, "select count(l) from BfMemberLedger l where l.balance = 100"),
        "onUpdate = IGNORE, declared on the model: backfilled too");

    assertEquals(0, backfill.countMissing());
    assertEquals(0, AutoProfiles.backfill(sf).run().created(), "a second run creates none");
  }

  /** countMissing writes nothing; the progress callback follows each committed chunk with running totals. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void countsWithoutWritingAndReportsEachChunk(Database db) {
    SessionFactory sf = fresh(db);
    Legacy.members(sf, "m", 11);
    var backfill = AutoProfiles.backfill(sf).only(BfMember.class).chunkSize(4);
    assertEquals(22, backfill.countMissing());
    assertEquals(22, backfill.countMissing());
    assertEquals(0, Legacy.count(sf, "BfMemberProfile") + Legacy.count(sf, "BfMemberLedger"));

    List<Long> totals = new ArrayList<>();
    BackfillReport report = backfill.onProgress(progress -> totals.add(progress.created())).run();

    assertEquals(List.of(4L, 8L, 11L, 15L, 19L, 22L), totals, "three chunks per pair, each reported once committed");
    assertEquals(22, report.created());
  }

  /** {@code only} backfills one user entity; a class that is no user is refused. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void onlyOneUserEntity(Database db) {
    SessionFactory sf = fresh(db);
    Legacy.members(sf, "m", 3);
    Legacy.withoutProfiles(sf, em -> {
      em.persist(new BfCodeUser("a"));
      em.persist(new BfPerson());
      em.persist(new BfCompany());
    });
    assertEquals(1, AutoProfiles.backfill(sf).only(BfCodeUser.class).run().created());
    assertEquals(1, AutoProfiles.backfill(sf).only(BfPerson.class).run().created(), "a subclass: its rows only");
    assertEquals(7, AutoProfiles.backfill(sf).countMissing(), "3 members, 2 pairs each, and the company");
    var refused = assertThrows(IllegalArgumentException.class,
        () -> AutoProfiles.backfill(sf).only(BfMemberProfile.class));
    assertTrue(refused.getMessage().contains("is no user entity"), refused.getMessage());
  }

  /** It is an explicit request: suspend() does not stop it. */
  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void ignoresSuspend(Database db) {
    SessionFactory sf = fresh(db);
    Legacy.members(sf, "m", 3);
    try (var suspended = AutoProfiles.suspend()) {
      assertEquals(6, AutoProfiles.backfill(sf).run().created());
    }
    assertEquals(0, Legacy.lacking(sf));
  }

  /** 4: the user entity, its id and the model are named; earlier chunks stay; fixed, a rerun completes. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void aProfileThatCannotBeBuiltStopsTheRunNamingTheUser(Database db) {
    SessionFactory sf = fresh(db);
    Legacy.withoutProfiles(sf, em -> {
      for (long id = 1; id <= 10; id++) {
        em.persist(new BfFragile(id, id == 6 ? "broken" : "fine"));
      }
    });
    var failure = assertThrows(AutoProfileException.class,
        () -> AutoProfiles.backfill(sf).only(BfFragile.class).chunkSize(3).run());
    assertTrue(failure.getMessage().contains(BfFragile.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains("id 6 "), failure.getMessage());
    assertTrue(failure.getMessage().contains(BfFragileProfile.class.getName()), failure.getMessage());
    assertTrue(failure.getMessage().contains("a profile needs a proper name"), failure.getMessage());
    assertEquals(3, Legacy.count(sf, "BfFragileProfile"), "the first chunk stays committed, the failing one does not");

    Jpa.inTransaction(sf, em -> em.createQuery("update BfFragile f set f.name = 'fixed' where f.id = 6").executeUpdate());
    assertEquals(7, AutoProfiles.backfill(sf).only(BfFragile.class).chunkSize(3).run().created());
    assertEquals(10, Legacy.count(sf, "BfFragileProfile"));
  }

  /** The chunk query claims its users with SKIP LOCKED where the database has it, and pages by key. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void claimsChunksWithSkipLockedOnPostgresqlAndMariadb(Database db) {
    db.requireReachable();
    StatementLog log = new StatementLog();
    try (SessionFactory sf = Jpa.build(db, Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE,
        log.wrap(db.dataSource()), AvailableSettings.HBM2DDL_AUTO, "none"), Legacy.ENTITIES)) {
      Legacy.reset(sf);
      Legacy.members(sf, "m", 5);
      log.clear();
      AutoProfiles.backfill(sf).only(BfMember.class).chunkSize(2).run();
      List<String> selects = log.statements().stream().map(s -> s.toLowerCase(Locale.ROOT))
          .filter(s -> s.startsWith("select") && s.contains("order by") && !s.contains(" join ")).toList();
      assertFalse(selects.isEmpty(), log.statements().toString());
      System.out.println(db + " claims a chunk with: " + selects.get(selects.size() - 1));
      for (String select : selects) {
        assertFalse(select.contains("offset"), select);
        assertEquals(db != Database.H2, select.contains("skip locked"), select);
      }
      assertTrue(selects.stream().anyMatch(s -> s.matches(".*\\.id\\s*>\\s*\\?.*")), "pages by key: " + selects);
      assertTrue(log.statements().stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).matches(".*where \\w+\\.member_id\\s*=\\s*\\?.*")),
          "the inverse one-to-one is fetched with the users, not a query per user: " + log.statements());
    }
  }

  /**
   * A chunk costs the same few statements whatever its size and position: the claim, the users of its key range
   * with their inverse one-to-ones (which tell whether the profile exists), and only for a pair whose user maps no
   * inverse attribute, one query of the profiles in that range. No list of ids, so one statement text per query.
   */
  @ParameterizedTest
  @EnumSource(Database.class)
  void aChunkCostsAFixedSetOfStatements(Database db) {
    db.requireReachable();
    StatementLog log = new StatementLog();
    try (SessionFactory sf = Jpa.build(db, Map.of(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE,
        log.wrap(db.dataSource()), AvailableSettings.HBM2DDL_AUTO, "create"), Legacy.ENTITIES)) {
      Legacy.reset(sf);
      Legacy.members(sf, "m", 10);
      log.clear();
      assertEquals(20, AutoProfiles.backfill(sf).only(BfMember.class).chunkSize(3).run().created());
      List<String> selects = log.statements().stream().map(s -> s.toLowerCase(Locale.ROOT))
          .filter(s -> s.startsWith("select") && !s.contains("next")).toList(); // "next": sequence calls
      // per pair: a count, then 4 chunks of 3 users and the empty claim that ends the paging
      long counts = selects.stream().filter(s -> s.contains("count(")).count();
      long ledgerLookups = selects.stream().filter(s -> s.contains("bf_member_ledger") && !s.contains("count(")).count();
      assertEquals(2, counts, selects.toString());
      assertEquals(4, ledgerLookups, "one query of existing ledgers per chunk of the model-side pair: " + selects);
      assertEquals(2 + 2 * (4 + 1) + 2 * 4 + ledgerLookups, selects.size(),
          "claim and users per chunk, and nothing per user: " + selects);
      assertTrue(selects.stream().noneMatch(s -> s.matches(".*\\bin\\s*\\(.*")), "no lists of ids: " + selects);
      assertTrue(selects.stream().distinct().count() <= 8, "the same statements for every chunk: " + selects);
    }
  }

  /** 1: a unit with autoprofile.enabled=false says so. */
  @ParameterizedTest
  @EnumSource(Database.class)
  void refusedWhereAutoProfileIsOff(Database db) {
    try (SessionFactory sf = Jpa.build(db, Map.of("autoprofile.enabled", "false", AvailableSettings.HBM2DDL_AUTO, "none"),
        Legacy.ENTITIES)) {
      var refused = assertThrows(IllegalStateException.class, () -> AutoProfiles.backfill(sf));
      assertTrue(refused.getMessage().contains("autoprofile.enabled=false"), refused.getMessage());
    }
  }
}
