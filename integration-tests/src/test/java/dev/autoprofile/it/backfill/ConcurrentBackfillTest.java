package dev.autoprofile.it.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * API.md "Backfill" 3: four backfills and the application's own creates at once. Every user ends with
 * exactly one profile per model, no run fails, and the runs' {@code created()} add up to what was missing.
 * PostgreSQL and MariaDB claim chunks with SKIP LOCKED; H2 relies on the unique key and retries.
 */
class ConcurrentBackfillTest {
  private static final int LEGACY = 400;
  private static final int CREATED_BY_THE_APP = 60;

  @ParameterizedTest
  @EnumSource(Database.class)
  void fourBackfillsAndTheApplicationShareTheWork(Database db) throws Exception {
    SessionFactory sf = Legacy.factory(db);
    Legacy.reset(sf);
    Legacy.members(sf, "legacy-", LEGACY);
    long missing = AutoProfiles.backfill(sf).countMissing();
    assertEquals(2L * LEGACY, missing);

    ExecutorService pool = Executors.newFixedThreadPool(5);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return AutoProfiles.backfill(sf).only(BfMember.class).chunkSize(25).run().created();
        }));
      }
      Future<Long> app = pool.submit((Callable<Long>) () -> {
        start.await();
        for (int i = 0; i < CREATED_BY_THE_APP; i++) {
          int n = i;
          Jpa.inTransaction(sf, em -> em.persist(new BfMember("app-" + n)));
        }
        return 0L;
      });
      start.countDown();
      long created = 0;
      for (Future<Long> run : runs) {
        created += run.get(120, TimeUnit.SECONDS); // a failed run fails the test here
      }
      app.get(120, TimeUnit.SECONDS);

      assertEquals(missing, created, "the runs' created() add up to the profiles that were missing");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(LEGACY + CREATED_BY_THE_APP, Legacy.count(sf, "BfMember"));
    assertEquals(0, Legacy.lacking(sf), "every member has its profile and its ledger");
    assertEquals(0, Legacy.twice(sf), "none has two");
    assertEquals(LEGACY + CREATED_BY_THE_APP, Legacy.count(sf, "BfMemberProfile"));
    assertEquals(LEGACY + CREATED_BY_THE_APP, Legacy.count(sf, "BfMemberLedger"));
  }
}
