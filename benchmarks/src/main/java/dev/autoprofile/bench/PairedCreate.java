package dev.autoprofile.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;

/**
 * AutoProfile against hand-written code, paired: one JVM boots both ways and alternates them,
 * operation by operation, in an order that swaps every round (ABBA), so that what drifts during a
 * run (a neighbour's load, heap state, the database's caches) hits both ways alike. Each round gives
 * one ratio per metric; the report is the median ratio with a distribution-free 95% confidence
 * interval (order statistics of the binomial), which is what "within 3%" needs and what JMH's
 * separate forks per way cannot give on a shared 2-core machine.
 *
 * <p>One operation is {@link Workloads#create} of {@code n} users in one transaction, tables
 * emptied and garbage collected before it (untimed), every profile checked after it (untimed).
 * Metrics: wall time, the benchmark thread's CPU time (with H2 it includes the database's work,
 * which runs in the same thread; with PostgreSQL, only the client's) and bytes it allocated.
 *
 * <pre>java -Xms2g -Xmx2g -cp 'target/*:target/lib/*' dev.autoprofile.bench.PairedCreate
 *     [--db H2] [--ids SEQUENCE] [--n 10000] [--rounds 40] [--warmup 10]</pre>
 */
public final class PairedCreate {
  private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PairedCreate() {}

  /** One timed operation. */
  private record Sample(double wallMs, double cpuMs, double allocatedBytes) {}

  public static void main(String[] args) {
    Db db = Db.H2;
    Ids ids = Ids.SEQUENCE;
    int n = 10_000;
    int rounds = 40;
    int warmup = 10;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1].replace("_", "");
      switch (args[i]) {
        case "--db" -> db = Db.valueOf(value);
        case "--ids" -> ids = Ids.valueOf(value);
        case "--n" -> n = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Model auto = Model.of(Way.AUTOPROFILE, ids);
    Model hand = Model.of(Way.HAND_WRITTEN, ids);
    try (SessionFactory autoFactory = Factories.build(db, auto, null);
        SessionFactory handFactory = Factories.build(db, hand, null)) {
      List<double[]> ratios = new ArrayList<>();
      List<Sample> autoSamples = new ArrayList<>();
      List<Sample> handSamples = new ArrayList<>();
      for (int round = 0; round < warmup + rounds; round++) {
        boolean autoFirst = round % 4 == 0 || round % 4 == 3;
        Sample first = autoFirst ? run(autoFactory, db, auto, n) : run(handFactory, db, hand, n);
        Sample second = autoFirst ? run(handFactory, db, hand, n) : run(autoFactory, db, auto, n);
        Sample a = autoFirst ? first : second;
        Sample h = autoFirst ? second : first;
        if (round < warmup) {
          continue;
        }
        autoSamples.add(a);
        handSamples.add(h);
        // throughput ratio AutoProfile / hand-written = hand time / auto time; allocation: auto / hand
        ratios.add(new double[] {h.wallMs / a.wallMs, h.cpuMs / a.cpuMs, a.allocatedBytes / h.allocatedBytes});
      }
      report(db, ids, n, rounds, warmup, autoSamples, handSamples, ratios);
    }
  }

  private static Sample run(SessionFactory factory, Db db, Model model, int n) {
    Workloads.truncate(factory, db, model);
    System.gc();
    long thread = Thread.currentThread().getId();
    long allocated = THREAD.getThreadAllocatedBytes(thread);
    long cpu = THREAD.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Workloads.create(factory, model, n);
    Sample sample = new Sample((System.nanoTime() - wall) / 1e6, (THREAD.getCurrentThreadCpuTime() - cpu) / 1e6,
        THREAD.getThreadAllocatedBytes(thread) - allocated);
    Workloads.verifyCreated(factory, model, n);
    return sample;
  }

  private static void report(Db db, Ids ids, int n, int rounds, int warmup,
      List<Sample> auto, List<Sample> hand, List<double[]> ratios) {
    System.out.printf(Locale.ROOT, "%s %s, n = %,d, %d rounds (ABBA) after %d warmup rounds%n", db, ids, n, rounds, warmup);
    System.out.printf(Locale.ROOT, "| metric | AutoProfile (median) | hand-written (median) | ratio AutoProfile / hand-written: median [95%% CI] |%n");
    System.out.printf(Locale.ROOT, "|---|---:|---:|---|%n");
    String[] names = {"throughput, wall", "throughput, thread CPU", "allocation per user"};
    for (int m = 0; m < names.length; m++) {
      int metric = m;
      double[] r = ratios.stream().mapToDouble(x -> x[metric]).sorted().toArray();
      double[] ci = Medians.interval(r);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f [%.3f, %.3f]%s |%n", names[m],
          value(metric, auto, n), value(metric, hand, n), Medians.median(r), ci[0], ci[1],
          ci[2] < 0.95 ? String.format(Locale.ROOT, " (only %.0f%% coverage: too few rounds)", 100 * ci[2]) : "");
    }
  }

  private static String value(int metric, List<Sample> samples, int n) {
    double[] xs = samples.stream()
        .mapToDouble(s -> metric == 0 ? s.wallMs : metric == 1 ? s.cpuMs : s.allocatedBytes / n)
        .sorted().toArray();
    return metric == 2 ? String.format(Locale.ROOT, "%,.0f B", Medians.median(xs)) : String.format(Locale.ROOT, "%,.1f ms", Medians.median(xs));
  }
}
