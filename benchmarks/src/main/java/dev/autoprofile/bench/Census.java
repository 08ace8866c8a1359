package dev.autoprofile.bench;

import dev.autoprofile.bench.StatementCounter.Counts;
import dev.autoprofile.bench.model.BenchUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The correctness half of the benchmarks, not timed: runs each workload once through a counting
 * datasource-proxy and checks that AutoProfile sends exactly the statements and batches the
 * hand-written code sends: on create, and on updates that leave the profile alone (zero extra
 * statements) or change it. Prints a Markdown table; exits 1 if a check fails.
 *
 * <pre>java -cp 'target/*:target/lib/*' dev.autoprofile.bench.Census [--n 1000,10000] [--db H2,POSTGRESQL]
 *     [--ids SEQUENCE,IDENTITY] [--updates true] [--deletes true]</pre>
 *
 * <p>Hard checks: AutoProfile's create sends what hand-written code sends (statements, batches,
 * rows, per kind) and every user has one profile; an update that leaves the profile alone sends
 * nothing extra (managed and merge); a managed update that changes the profile sends what
 * hand-written code sends, and merging a detached user saves the changes to the profile it holds
 * (API.md, behaviour 6). Removing users ({@code onDelete = DELETE}): no statement beyond
 * hand-written {@code remove(profile); remove(user)} where the user holds its loaded profile; at
 * most one SELECT per removed user more where it maps none, with the same deletes and batches; and
 * exactly hand-written code's statements for a user removed in the transaction that created it.
 */
public final class Census {
  private final List<String> rows = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private boolean updates = true;
  private boolean deletes = true;
  private int passed;

  public static void main(String[] args) {
    List<Integer> ns = List.of(1_000);
    List<Db> dbs = List.of(Db.values());
    List<Ids> idss = List.of(Ids.values());
    Census census = new Census();
    for (int i = 0; i + 1 < args.length; i += 2) {
      List<String> values = Arrays.asList(args[i + 1].split(","));
      switch (args[i]) {
        case "--n" -> ns = values.stream().map(v -> Integer.parseInt(v.replace("_", ""))).toList();
        case "--db" -> dbs = values.stream().map(Db::valueOf).toList();
        case "--ids" -> idss = values.stream().map(Ids::valueOf).toList();
        case "--updates" -> census.updates = Boolean.parseBoolean(values.get(0));
        case "--deletes" -> census.deletes = Boolean.parseBoolean(values.get(0));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    census.rows.add("| scenario | db | ids | n | way | statements | batches | rows in batches | select | sequence | insert | update | delete | per user |");
    census.rows.add("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Db db : dbs) {
      for (Ids ids : idss) {
        for (int n : ns) {
          census.run(db, ids, n);
        }
      }
    }
    census.rows.forEach(System.out::println);
    System.out.println();
    census.failures.forEach(f -> System.out.println("FAILED: " + f));
    System.out.println("census: " + census.passed + " passed, " + census.failures.size() + " failed");
    System.exit(census.failures.isEmpty() ? 0 : 1);
  }

  private void run(Db db, Ids ids, int n) {
    Map<Way, Counts> created = new EnumMap<>(Way.class);
    Map<String, Counts> updated = new java.util.LinkedHashMap<>();
    for (Way way : Way.values()) {
      Model model = Model.of(way, ids);
      StatementCounter counter = new StatementCounter();
      try (SessionFactory factory = Factories.build(db, model, counting(db, counter))) {
        Workloads.truncate(factory, db, model);
        counter.reset();
        Workloads.create(factory, model, n);
        Counts counts = counter.counts();
        Workloads.verifyCreated(factory, model, n);
        created.put(way, counts);
        row("create", db, ids, n, way, counts);
        if (updates && (way == Way.AUTOPROFILE || way == Way.HAND_WRITTEN)) {
          for (String flow : List.of("managed", "merge")) {
            for (boolean profileToo : List.of(false, true)) {
              String scenario = "update " + flow + (profileToo ? ", profile changed" : ", profile unchanged");
              String stamp = flow + profileToo + "@example.com";
              List<BenchUser> detached = flow.equals("merge") ? Workloads.loadDetached(factory, model) : null;
              counter.reset();
              if (detached == null) {
                Workloads.updateManaged(factory, model, profileToo, stamp);
              } else {
                Workloads.updateMerged(factory, model, detached, profileToo, stamp);
              }
              Counts c = counter.counts();
              row(scenario, db, ids, n, way, c);
              updated.put(scenario + "/" + way, c);
              long users = Workloads.count(factory, model.userTable(), "email = '" + stamp + "'");
              long profiles = Workloads.count(factory, model.profileTable(), "display_name = '" + stamp + "'");
              String where = scenario + " " + db + " " + ids + " n=" + n + " " + way;
              check(users == n, where + ": " + users + " of " + n + " users have the new e-mail");
              if (profileToo) {
                // merge of a detached user must save the profile it holds (API.md, behaviour 6)
                check(profiles == n, where + ": " + profiles + " of " + n
                    + " profiles have the new display name (changes to the profile were lost)");
              }
            }
          }
        }
      }
    }
    String config = db + " " + ids + " n=" + n;
    if (deletes) {
      deletes(db, ids, n, config);
    }
    Counts hand = created.get(Way.HAND_WRITTEN);
    check(created.get(Way.AUTOPROFILE).equals(hand),
        "create " + config + ": AutoProfile sent " + created.get(Way.AUTOPROFILE) + ", hand-written " + hand);
    for (Map.Entry<String, Counts> e : updated.entrySet()) {
      if (e.getKey().endsWith("/" + Way.AUTOPROFILE)) {
        String scenario = e.getKey().substring(0, e.getKey().indexOf('/'));
        Counts byHand = updated.get(scenario + "/" + Way.HAND_WRITTEN);
        check(e.getValue().equals(byHand), scenario + " " + config + ": AutoProfile sent " + e.getValue()
            + ", hand-written " + byHand + " (extra statements: " + (e.getValue().statements() - byHand.statements()) + ")");
      }
    }
  }

  /**
   * Removing users (API.md, "Deleting a user"): where the user holds its loaded profile, AutoProfile
   * sends what hand-written {@code remove(profile); remove(user)} and a {@code cascade = REMOVE}
   * mapping send; where it maps none, at most one SELECT per removed user more than hand-written code
   * that has the profiles already, and the same deletes and batches; a user removed in the
   * transaction that created it costs exactly what hand-written code does.
   */
  private void deletes(Db db, Ids ids, int n, String config) {
    Map<Way, Counts> removed = new EnumMap<>(Way.class);
    for (Way way : List.of(Way.AUTOPROFILE, Way.HAND_WRITTEN, Way.CASCADE)) {
      Model model = Model.of(way, ids);
      StatementCounter counter = new StatementCounter();
      try (SessionFactory factory = Factories.build(db, model, counting(db, counter))) {
        Workloads.truncate(factory, db, model);
        Workloads.create(factory, model, n);
        counter.reset();
        Deletes.removeLoaded(factory, model);
        Counts c = counter.counts();
        removed.put(way, c);
        row("delete, profile loaded", db, ids, n, way, c);
        checkEmpty(factory, model.userTable(), model.profileTable(), "delete, profile loaded " + config + " " + way);
      }
    }
    Counts auto = removed.get(Way.AUTOPROFILE);
    check(auto.equals(removed.get(Way.HAND_WRITTEN)), "delete, profile loaded " + config + ": AutoProfile sent " + auto
        + ", hand-written remove(profile); remove(user) " + removed.get(Way.HAND_WRITTEN));
    check(auto.equals(removed.get(Way.CASCADE)), "delete, profile loaded " + config + ": AutoProfile sent " + auto
        + ", cascade = ALL " + removed.get(Way.CASCADE));
    if (ids != Ids.SEQUENCE) {
      return; // the users without inverse attribute have SEQUENCE ids
    }
    Map<Way, Counts> lone = new EnumMap<>(Way.class);
    Map<Way, Counts> shortLived = new EnumMap<>(Way.class);
    for (Model model : List.of(Deletes.AUTO_LONE, Deletes.HAND_LONE)) {
      StatementCounter counter = new StatementCounter();
      String users = Deletes.userTable(model);
      String profiles = Deletes.profileTable(model);
      try (SessionFactory factory = Factories.build(db, model, counting(db, counter))) {
        emptyTables(factory, profiles, users);
        Workloads.create(factory, model, n);
        counter.reset();
        Deletes.removeLone(factory, model);
        Counts c = counter.counts();
        lone.put(model.way(), c);
        row("delete, no inverse attribute", db, ids, n, model.way(), c);
        checkEmpty(factory, users, profiles, "delete, no inverse attribute " + config + " " + model.way());

        counter.reset();
        Deletes.createThenRemove(factory, model, n);
        c = counter.counts();
        shortLived.put(model.way(), c);
        row("create then delete, no inverse attribute", db, ids, n, model.way(), c);
        checkEmpty(factory, users, profiles, "create then delete " + config + " " + model.way());
      }
    }
    Counts a = lone.get(Way.AUTOPROFILE);
    Counts h = lone.get(Way.HAND_WRITTEN);
    String where = "delete, no inverse attribute " + config + ": AutoProfile sent " + a + ", hand-written " + h;
    check(a.selects() - h.selects() <= n && a.statements() - h.statements() <= n,
        where + " (more than one SELECT per removed user)");
    check(a.deletes() == h.deletes() && a.batches() == h.batches() && a.batchedRows() == h.batchedRows()
        && a.inserts() == 0 && a.updates() == h.updates(), where + " (other deletes or batches)");
    check(shortLived.get(Way.AUTOPROFILE).equals(shortLived.get(Way.HAND_WRITTEN)),
        "create then delete, no inverse attribute " + config + ": AutoProfile sent " + shortLived.get(Way.AUTOPROFILE)
            + ", hand-written " + shortLived.get(Way.HAND_WRITTEN));
  }

  /** Fails the census unless both tables are empty: every user and profile was removed. */
  private void checkEmpty(SessionFactory factory, String users, String profiles, String where) {
    long u = Workloads.count(factory, users, null);
    long p = Workloads.count(factory, profiles, null);
    check(u == 0 && p == 0, where + ": " + u + " users and " + p + " profiles left");
  }

  private static void emptyTables(SessionFactory factory, String... tables) {
    factory.inTransaction(session -> session.doWork(connection -> {
      try (java.sql.Statement s = connection.createStatement()) {
        for (String table : tables) {
          s.execute("delete from " + table);
        }
      }
    }));
  }

  private void check(boolean ok, String failure) {
    if (ok) {
      passed++;
    } else {
      failures.add(failure);
    }
  }

  private void row(String scenario, Db db, Ids ids, int n, Way way, Counts c) {
    rows.add(String.format(java.util.Locale.ROOT, "| %s | %s | %s | %,d | %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %.3f |",
        scenario, db, ids, n, way, c.statements(), c.batches(), c.batchedRows(), c.selects(),
        c.sequenceCalls(), c.inserts(), c.updates(), c.deletes(), (double) c.statements() / n));
  }

  private static DataSource counting(Db db, StatementCounter counter) {
    DataSource target = switch (db) {
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(db.url);
        h2.setUser(db.user);
        h2.setPassword(db.password);
        yield h2;
      }
      case POSTGRESQL -> {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.url);
        pg.setUser(db.user);
        pg.setPassword(db.password);
        yield pg;
      }
    };
    return ProxyDataSourceBuilder.create(target).name("census").listener(counter).build();
  }
}
