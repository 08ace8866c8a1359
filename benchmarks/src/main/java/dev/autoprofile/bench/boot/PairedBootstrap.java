package dev.autoprofile.bench.boot;

import dev.autoprofile.bench.Medians;
import dev.autoprofile.bench.corpus.CorpusGenerator;
import dev.autoprofile.bench.corpus.Javac;
import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SessionFactory bootstrap of the 200-entity model with and without autoprofile-runtime, paired:
 * one JVM holds both isolated class paths (see {@code BootstrapBench}) and alternates them, ABBA,
 * so that drift hits both alike. Reports the median of the per-round ratios (time with the runtime
 * / time without) with its distribution-free 95% confidence interval. Start it, like {@code
 * BootstrapBench}, without autoprofile-runtime on the class path and with {@code
 * -Dautoprofile.bench.runtime=<runtime jar>} ({@code benchmarks/bench-env.sh} does).
 *
 * <pre>java -Dautoprofile.bench.runtime=... -cp ... dev.autoprofile.bench.boot.PairedBootstrap
 *     [--pairs 100] [--rounds 60] [--warmup 20] [--enabled true] [--baseline none|disabled|twin]</pre>
 *
 * <p>{@code --enabled false} keeps the runtime on the class path but switched off: what its mere
 * presence costs (Hibernate discovering its Integrator, reading its annotation). {@code --baseline
 * disabled} compares enabled and disabled on one class loader: two loaders differ by a few percent
 * on their own (their classes are JIT-compiled separately), one loader isolates the runtime's work.
 * {@code --baseline twin} measures that difference: two loaders, neither with the runtime.
 */
public final class PairedBootstrap {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  private PairedBootstrap() {}

  /** One way to boot: its isolated loader and settings. */
  private record Variant(BiFunction<List<String>, Map<String, Object>, Integer> bootstrapper,
      Map<String, Object> settings) {
    double[] boot(List<String> entities) {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(bootstrapper.getClass().getClassLoader());
      System.gc();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      try {
        int built = bootstrapper.apply(entities, settings);
        if (built != entities.size()) {
          throw new IllegalStateException("expected " + entities.size() + " entities, got " + built);
        }
      } finally {
        thread.setContextClassLoader(previous);
      }
      return new double[] {(System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6};
    }
  }

  public static void main(String[] args) throws IOException {
    int pairs = 100;
    int rounds = 60;
    int warmup = 20;
    boolean enabled = true;
    boolean baselineDisabled = false;
    boolean twins = false;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1].replace("_", "");
      switch (args[i]) {
        case "--pairs" -> pairs = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--enabled" -> enabled = Boolean.parseBoolean(value);
        case "--baseline" -> {
          baselineDisabled = value.equals("disabled");
          twins = value.equals("twin");
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    HIBERNATE_LOG.setLevel(Level.SEVERE);
    Path runtime = IsolatedClassPath.runtime();
    Path work = Files.createTempDirectory("autoprofile-paired-bootstrap-");
    try {
      List<Path> sources = CorpusGenerator.generate(work.resolve("src"), pairs);
      Javac.compile(sources, work.resolve("classes"), work.resolve("generated"), Javac.Processor.AUTOPROFILE,
          List.of(runtime));
      List<String> entities = CorpusGenerator.entityNames(pairs);
      Map<String, Object> settings = new HashMap<>();
      settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
      settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
      settings.put("hibernate.hbm2ddl.auto", "none");
      Map<String, Object> withSettings = new HashMap<>(settings);
      withSettings.put("autoprofile.enabled", Boolean.toString(enabled));
      // twins: two loaders without the runtime, the same classes and settings; what loaders differ by alone
      var withRuntime = IsolatedClassPath.bootstrapper(work.resolve("classes"), twins ? null : runtime);
      Variant with = new Variant(withRuntime, twins ? settings : withSettings);
      Variant without;
      if (baselineDisabled) {
        // one loader for both: only the integrator's work differs, not the classes or their JIT state
        Map<String, Object> disabled = new HashMap<>(settings);
        disabled.put("autoprofile.enabled", "false");
        without = new Variant(withRuntime, disabled);
      } else {
        without = new Variant(IsolatedClassPath.bootstrapper(work.resolve("classes"), null), settings);
        if (IsolatedClassPath.seesRuntime(loader(without))) {
          throw new IllegalStateException("class path isolation failed");
        }
      }
      if (IsolatedClassPath.seesRuntime(loader(with)) == twins) {
        throw new IllegalStateException("class path isolation failed");
      }
      List<Double> wallRatios = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      List<Double> withWall = new ArrayList<>();
      List<Double> withoutWall = new ArrayList<>();
      for (int round = 0; round < warmup + rounds; round++) {
        boolean withFirst = round % 4 == 0 || round % 4 == 3;
        double[] first = (withFirst ? with : without).boot(entities);
        double[] second = (withFirst ? without : with).boot(entities);
        double[] w = withFirst ? first : second;
        double[] wo = withFirst ? second : first;
        if (round >= warmup) {
          wallRatios.add(w[0] / wo[0]);
          cpuRatios.add(w[1] / wo[1]);
          withWall.add(w[0]);
          withoutWall.add(wo[0]);
        }
      }
      System.out.printf(Locale.ROOT, "bootstrap of %d entities, runtime on the class path with autoprofile.enabled=%s "
          + "against %s, %d rounds (ABBA) after %d warmup rounds%n", entities.size(), enabled,
          baselineDisabled ? "the same class path with autoprofile.enabled=false" : "no runtime", rounds, warmup);
      if (twins) {
        System.out.println("(twins: neither loader has the runtime; \"with\" is the first of two identical loaders)");
      }
      System.out.printf(Locale.ROOT, "| metric | with runtime (median) | without (median) | time ratio with / without: median [95%% CI] |%n");
      System.out.printf(Locale.ROOT, "|---|---:|---:|---|%n");
      double[] wall = sorted(wallRatios);
      double[] cpu = sorted(cpuRatios);
      double[] wallCi = Medians.interval(wall);
      double[] cpuCi = Medians.interval(cpu);
      if (wallCi[2] < 0.95) {
        System.out.printf(Locale.ROOT, "(only %.0f%% coverage: too few rounds)%n", 100 * wallCi[2]);
      }
      System.out.printf(Locale.ROOT, "| wall | %.1f ms | %.1f ms | %.3f [%.3f, %.3f] |%n",
          Medians.median(sorted(withWall)), Medians.median(sorted(withoutWall)), Medians.median(wall), wallCi[0], wallCi[1]);
      System.out.printf(Locale.ROOT, "| thread CPU | | | %.3f [%.3f, %.3f] |%n", Medians.median(cpu), cpuCi[0], cpuCi[1]);
      ((Closeable) loader(with)).close();
      if (loader(without) != loader(with)) {
        ((Closeable) loader(without)).close();
      }
    } finally {
      Javac.delete(work);
    }
  }

  private static ClassLoader loader(Variant variant) {
    return variant.bootstrapper().getClass().getClassLoader();
  }

  private static double[] sorted(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }
}
