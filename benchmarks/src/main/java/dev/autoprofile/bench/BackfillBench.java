package dev.autoprofile.bench;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.BackfillReport;
import dev.autoprofile.bench.model.AutoSeqUser;
import dev.autoprofile.bench.model.AutoSeqUserProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Backfilling N users that have no profile, on PostgreSQL with SEQUENCE ids, three ways side by side in
 * one run, each on the same missing rows (profiles truncated between ways):
 * <ol>
 *   <li>AutoProfile: {@code AutoProfiles.backfill(sf).run()} (chunks of 1,000);
 *   <li>hand-written: a JPQL keyset query of users without profile, {@code persist(new Profile(user))},
 *       {@code flush(); clear()} and one transaction per 1,000 users, in a unit without AutoProfile;
 *   <li>the SQL floor: {@code INSERT INTO profile ... SELECT ... WHERE NOT EXISTS ...} in keyset chunks of 1,000.
 * </ol>
 * Then four concurrent AutoProfile backfills of the same users against one. Statements and batches per
 * 1,000 profiles are counted in a separate pass of 10,000 users through datasource-proxy, so that the
 * timed passes run on Hibernate's connection pool. Peak heap: the sum of the heap pools' peak usage
 * during a way, after a GC and a peak reset before it.
 *
 * <pre>java -Xmx1g -cp ... dev.autoprofile.bench.BackfillBench [--n 100000,1000000] [--rewrite false] [--warmup 20000] [--hand true]</pre>
 */
public final class BackfillBench {
  private static final String USERS = "bench_auto_seq_user";
  private static final String PROFILES = "bench_auto_seq_profile";
  private static final int CHUNK = 1_000;
  private static final int COUNTED = 10_000;

  private final String url;
  /** Whether the hand-written loop runs: at 1,000,000 users its plan degrades to quadratic time. */
  private final boolean hand;

  private BackfillBench(String url, boolean hand) {
    this.url = url;
    this.hand = hand;
  }

  public static void main(String[] args) throws Exception {
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
    Logger.getLogger("dev.autoprofile").setLevel(Level.WARNING);
    List<Integer> sizes = List.of(100_000);
    boolean rewrite = false;
    int warmup = 20_000;
    boolean hand = true;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--n" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(String::trim).map(Integer::valueOf).toList();
        case "--rewrite" -> rewrite = Boolean.parseBoolean(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--hand" -> hand = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String url = Db.POSTGRESQL.url + (Db.POSTGRESQL.url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=" + rewrite;
    BackfillBench bench = new BackfillBench(url, hand);
    System.out.printf(Locale.ROOT, "# Backfill, PostgreSQL, SEQUENCE ids (allocationSize 50), chunks of %,d users, "
            + "hibernate.jdbc.batch_size=%d (AutoProfile's chunk sets its own: %,d), reWriteBatchedInserts=%s, %s, -Xmx%dm%n%n",
        CHUNK, Factories.BATCH_SIZE, CHUNK, rewrite, org.hibernate.Version.getVersionString(),
        Runtime.getRuntime().maxMemory() >> 20);
    bench.counts();
    System.out.println();
    System.out.println("| users | way | seconds | rows/s | vs hand-written | vs SQL floor | peak heap MB | created |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
    bench.timed(warmup, false); // warm-up: every way's code compiled before the first timed run
    for (int n : sizes) {
      bench.timed(n, true);
    }
  }

  /** Statements and batches per 1,000 profiles, each way, through a counting proxy. */
  private void counts() throws Exception {
    StatementCounter counter = new StatementCounter();
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(Db.POSTGRESQL.user);
    DataSource counted = ProxyDataSourceBuilder.create(pg).listener(counter).build();
    try (SessionFactory auto = factory(true, "create", counted); SessionFactory hand = factory(false, "none", counted)) {
      seed(COUNTED);
      System.out.println("| way | statements / 1,000 profiles | batches / 1,000 | selects | sequence calls | insert rows |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      for (String way : List.of("AutoProfile", "hand-written", "SQL floor")) {
        truncateProfiles();
        counter.reset();
        switch (way) {
          case "AutoProfile" -> AutoProfiles.backfill(auto).chunkSize(CHUNK).run();
          case "hand-written" -> handWritten(hand);
          default -> sqlFloor(counted);
        }
        StatementCounter.Counts c = counter.counts();
        double per = 1_000.0 / COUNTED;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", way, c.statements() * per,
            c.batches() * per, c.selects() * per, c.sequenceCalls() * per, c.inserts() * per);
        check(COUNTED);
      }
    }
  }

  private void timed(int n, boolean print) throws Exception {
    try (SessionFactory auto = factory(true, "create", null); SessionFactory hand = factory(false, "none", null);
        AutoAnalyze analyze = new AutoAnalyze()) {
      seed(n);
      Map<String, double[]> results = new HashMap<>();
      List<String> ways = this.hand ? List.of("AutoProfile", "hand-written", "SQL floor") : List.of("AutoProfile", "SQL floor");
      for (String way : ways) {
        truncateProfiles();
        resetPeaks();
        long start = System.nanoTime();
        long created = switch (way) {
          case "AutoProfile" -> AutoProfiles.backfill(auto).chunkSize(CHUNK).run().created();
          case "hand-written" -> handWritten(hand);
          default -> sqlFloor(null);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put(way, new double[] {seconds, peakHeapMb(), created});
        check(n);
      }
      double handRate = this.hand ? n / results.get("hand-written")[0] : Double.NaN;
      double floor = n / results.get("SQL floor")[0];
      for (String way : print ? ways : List.<String>of()) {
        double[] r = results.get(way);
        double rate = n / r[0];
        System.out.printf(Locale.ROOT, "| %,d | %s | %.2f | %,.0f | %.2f× | %.2f× | %.0f | %,d |%n", n, way, r[0], rate,
            rate / handRate, rate / floor, r[1], (long) r[2]);
      }
      // four concurrent backfills against the one above
      truncateProfiles();
      resetPeaks();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      long start = System.nanoTime();
      List<Future<BackfillReport>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> AutoProfiles.backfill(auto).chunkSize(CHUNK).run()));
      }
      long created = 0;
      for (Future<BackfillReport> run : runs) {
        created += run.get().created();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      long duplicates = check(n);
      if (print) System.out.printf(Locale.ROOT, "| %,d | 4 concurrent AutoProfile backfills | %.2f | %,.0f | time %.2f× one run | "
              + "duplicates %d | %.0f | %,d |%n", n, seconds, n / seconds, seconds / results.get("AutoProfile")[0],
          duplicates, peakHeapMb(), created);
    }
  }

  private SessionFactory factory(boolean autoProfile, String hbm2ddl, DataSource dataSource) {
    Configuration configuration = new Configuration().addAnnotatedClass(AutoSeqUser.class)
        .addAnnotatedClass(AutoSeqUserProfile.class);
    Properties settings = new Properties();
    if (dataSource == null) {
      settings.put(AvailableSettings.JAKARTA_JDBC_URL, url);
      settings.put(AvailableSettings.JAKARTA_JDBC_USER, Db.POSTGRESQL.user);
      settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, Db.POSTGRESQL.password);
    } else {
      settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
    }
    settings.put(AvailableSettings.HBM2DDL_AUTO, hbm2ddl);
    settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, Factories.BATCH_SIZE);
    settings.put(AvailableSettings.ORDER_INSERTS, true);
    settings.put("autoprofile.enabled", autoProfile);
    configuration.addProperties(settings);
    return configuration.buildSessionFactory();
  }

  /** The loop a team writes by hand, in a unit without AutoProfile: JPQL keyset, persist, flush, clear. */
  private static long handWritten(SessionFactory factory) {
    long created = 0;
    Long last = Long.MIN_VALUE;
    while (true) {
      Long from = last;
      List<AutoSeqUser> users = factory.fromTransaction(session -> {
        List<AutoSeqUser> chunk = session.createQuery(
                "select u from AutoSeqUser u where u.id > :last and not exists "
                    + "(select 1 from AutoSeqUserProfile p where p.user = u) order by u.id", AutoSeqUser.class)
            .setParameter("last", from)
            .setMaxResults(CHUNK)
            .getResultList();
        for (AutoSeqUser user : chunk) {
          session.persist(new AutoSeqUserProfile(user));
        }
        session.flush();
        session.clear();
        return chunk;
      });
      if (users.isEmpty()) {
        return created;
      }
      created += users.size();
      last = users.get(users.size() - 1).getId();
    }
  }

  /**
   * INSERT ... SELECT ... WHERE NOT EXISTS in keyset chunks, each statement its own transaction. A chunk is the
   * next 1,000 users by key, of which those without a profile get one: the paging AutoProfile does, so that a
   * chunk costs a range scan of the user key whatever PostgreSQL believes of the growing profile table (the
   * other way round, the next 1,000 users without a profile, turned quadratic under a plan cached early).
   */
  private long sqlFloor(DataSource dataSource) throws SQLException {
    long created = 0;
    long last = Long.MIN_VALUE;
    String sql = "with c as (select u.id, u.username from " + USERS + " u where u.id > ? order by u.id limit " + CHUNK
        + "), i as (insert into " + PROFILES + " (id, user_id, display_name) select nextval('" + PROFILES + "_seq'), "
        + "c.id, c.username from c where not exists (select 1 from " + PROFILES + " p where p.user_id = c.id) "
        + "returning 1) select (select count(*) from i), (select count(*) from c), (select max(id) from c)";
    try (Connection c = dataSource == null ? connect() : dataSource.getConnection();
        PreparedStatement chunk = c.prepareStatement(sql)) {
      while (true) {
        chunk.setLong(1, last);
        try (ResultSet rs = chunk.executeQuery()) {
          rs.next();
          if (rs.getLong(2) == 0) {
            return created;
          }
          created += rs.getLong(1);
          last = rs.getLong(3);
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, Db.POSTGRESQL.user, Db.POSTGRESQL.password);
  }

  private void seed(int n) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("truncate " + PROFILES + ", " + USERS);
      s.execute("insert into " + USERS + " (id, username, email) select nextval('" + USERS + "_seq'), 'user-' || g, "
          + "'user-' || g || '@example.org' from generate_series(1, " + n + ") g");
      s.execute("analyze " + USERS);
    }
  }

  private void truncateProfiles() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      // no ANALYZE of the empty table: its plans (an anti-join, the profile lookups) would stay seq scans
      s.execute("truncate " + PROFILES);
    }
  }

  /** @return duplicates (0); fails unless every user has exactly one profile */
  private long check(int n) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*), count(distinct user_id) from " + PROFILES)) {
      rs.next();
      long profiles = rs.getLong(1);
      long distinct = rs.getLong(2);
      if (distinct != n || profiles != n) {
        throw new IllegalStateException(profiles + " profiles for " + distinct + " of " + n + " users");
      }
      return profiles - distinct;
    }
  }

  /**
   * ANALYZE of the profile table every 5 s, as autovacuum's autoanalyze would do on a server that runs
   * it (this one has {@code autovacuum = off}). Without it a plan that PostgreSQL cached while the table
   * was empty (a scan of it) stays for the whole run, and every way turns quadratic at 1,000,000 users.
   */
  private final class AutoAnalyze implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    AutoAnalyze() {
      timer.scheduleWithFixedDelay(() -> {
        try (Connection c = connect(); Statement s = c.createStatement()) {
          s.execute("analyze " + PROFILES);
        } catch (SQLException e) {
          System.err.println("analyze failed: " + e);
        }
      }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }
}
