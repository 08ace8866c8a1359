package dev.autoprofile.bench.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A diagnostic, not a benchmark of record: splits what the AutoProfile processor adds to javac on
 * a corpus into (a) javac's processing rounds alone (a no-op processor), (b) the processor and the
 * rounds ({@code -proc:only}: no class files) and (c) compiling the listeners it generates (the corpus plus the generated sources,
 * {@code -proc:none}). Prints the median benchmark-thread CPU time of each, in one warmed-up JVM.
 *
 * <pre>java -cp 'target/*:target/lib/*' dev.autoprofile.bench.corpus.CompileBreakdown [PAIRS=500] [RUNS=7]</pre>
 */
public final class CompileBreakdown {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CompileBreakdown() {}

  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path work = Files.createTempDirectory("autoprofile-breakdown-");
    try {
      List<Path> sources = CorpusGenerator.generate(work.resolve("src"), pairs);
      Path generated = work.resolve("reference/generated");
      Javac.compile(sources, work.resolve("reference/classes"), generated, Javac.Processor.AUTOPROFILE);
      List<Path> withListeners = new ArrayList<>(sources);
      try (Stream<Path> walk = Files.walk(generated)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(withListeners::add);
      }
      List<Path> listenersOnly = withListeners.subList(sources.size(), withListeners.size());
      Map<String, Supplier<Integer>> cases = new LinkedHashMap<>();
      int[] round = {0};
      Supplier<Path> out = () -> work.resolve("out" + round[0]++);
      cases.put("plain javac, corpus (" + sources.size() + " files)",
          () -> Javac.compile(sources, out.get(), work.resolve("g" + round[0]), Javac.Processor.NONE));
      cases.put("no-op processor of @AutoProfile, full compile (javac's processing rounds alone)",
          () -> Javac.compile(sources, out.get(), work.resolve("g" + round[0]), Javac.Processor.NOOP));
      cases.put("AutoProfile processor, full compile",
          () -> Javac.compile(sources, out.get(), work.resolve("g" + round[0]), Javac.Processor.AUTOPROFILE));
      cases.put("AutoProfile processor, -proc:only (rounds + processor, no class files)",
          () -> Javac.compile(sources, out.get(), work.resolve("g" + round[0]), Javac.Processor.AUTOPROFILE, List.of(), true));
      cases.put("plain javac, corpus + generated listeners (" + withListeners.size() + " files)",
          () -> Javac.compile(withListeners, out.get(), work.resolve("g" + round[0]), Javac.Processor.NONE));
      cases.put("plain javac, generated listeners alone, corpus on class path (" + listenersOnly.size() + " files)",
          () -> Javac.compile(listenersOnly, out.get(), work.resolve("g" + round[0]), Javac.Processor.NONE,
              List.of(work.resolve("reference/classes")), false));
      for (int warm = 0; warm < 3; warm++) {
        cases.values().forEach(Supplier::get);
      }
      Map<String, List<Double>> cpu = new LinkedHashMap<>();
      for (int r = 0; r < runs; r++) {
        for (Map.Entry<String, Supplier<Integer>> c : cases.entrySet()) {
          long start = THREADS.getCurrentThreadCpuTime();
          c.getValue().get();
          cpu.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add((THREADS.getCurrentThreadCpuTime() - start) / 1e6);
        }
      }
      System.out.printf(Locale.ROOT, "%d pairs, %d runs after 3 warmup rounds, benchmark-thread CPU ms:%n", pairs, runs);
      cpu.forEach((name, xs) -> {
        List<Double> sorted = xs.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "  %-95s median %8.1f  (min %8.1f, max %8.1f)%n",
            name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
      });
    } finally {
      Javac.delete(work);
    }
  }
}
