package dev.autoprofile.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a processor adds to a build, measured where users feel it: each compile is javac in a fresh JVM
 * ({@link JavacOnce}), measured by that JVM's CPU time; every round compiles the same corpus once per way,
 * the ways in an order that rotates from round to round, and ratios are taken within a round (paired), then
 * the median over the rounds.
 *
 * <p>Corpora: {@code realistic} and {@code realistic5x} ({@link RealisticCorpus}: 1,000 or 5,000 entities of
 * which 5 or 25 are {@code @AutoProfile} users, as many service classes), and the worst cases {@code pairs500}
 * and {@code pairs5000} ({@link CorpusGenerator}: every other entity a user).
 *
 * <pre>java -cp ... dev.autoprofile.bench.corpus.CompileCost [--corpus realistic,pairs500] [--rounds 5]
 *     [--ways NONE,NOOP,TRIVIAL,AUTOPROFILE,HIBERNATE] [--xmx 2g]</pre>
 */
public final class CompileCost {
  private CompileCost() {}

  public static void main(String[] args) throws Exception {
    List<String> corpora = List.of("realistic");
    int rounds = 5;
    List<Javac.Processor> ways = List.of(Javac.Processor.NONE, Javac.Processor.NOOP, Javac.Processor.TRIVIAL,
        Javac.Processor.AUTOPROFILE, Javac.Processor.HIBERNATE);
    String xmx = "2g";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpora = List.of(args[i + 1].split(","));
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--ways" -> ways = Arrays.stream(args[i + 1].split(",")).map(Javac.Processor::valueOf).toList();
        case "--xmx" -> xmx = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("autoprofile-compile-cost-");
    try {
      System.out.printf(Locale.ROOT, "# javac in a fresh JVM (-Xmx%s, %s), CPU seconds of that JVM, %d rounds, ways rotated "
          + "per round; ratios paired within a round, median over rounds%n%n", xmx, System.getProperty("java.version"),
          rounds);
      System.out.println("| corpus | files | way | median CPU s | vs -proc:none | vs no-op processor | vs one trivial file | vs hibernate-processor |");
      System.out.println("|---|---:|---|---:|---:|---:|---:|---:|");
      for (String name : corpora) {
        Corpus corpus = Corpus.of(name, work.resolve(name));
        Map<Javac.Processor, double[]> cpu = measure(corpus, ways, rounds, xmx, work);
        report(corpus, ways, cpu);
      }
    } finally {
      Javac.delete(work);
    }
  }

  private static Map<Javac.Processor, double[]> measure(Corpus corpus, List<Javac.Processor> ways, int rounds, String xmx,
      Path work) throws IOException, InterruptedException {
    Path list = Files.write(work.resolve(corpus.name() + ".sources"),
        corpus.sources().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Map<Javac.Processor, double[]> cpu = new EnumMap<>(Javac.Processor.class);
    ways.forEach(way -> cpu.put(way, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < ways.size(); k++) {
        Javac.Processor way = ways.get((k + round) % ways.size());
        Path out = work.resolve("out");
        Javac.delete(out);
        cpu.get(way)[round] = compileInFreshJvm(corpus, way, list, out, xmx);
        System.err.printf(Locale.ROOT, "%s round %d %s: %.2f s%n", corpus.name(), round + 1, way, cpu.get(way)[round]);
      }
    }
    return cpu;
  }

  private static double compileInFreshJvm(Corpus corpus, Javac.Processor way, Path list, Path out, String xmx)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xms" + xmx, "-Xmx" + xmx, "-cp",
        System.getProperty("java.class.path"), JavacOnce.class.getName(), way.name(), list.toString(), out.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (child.waitFor() != 0 || !output.startsWith("cpu_ns=")) {
      throw new IllegalStateException(way + " on " + corpus.name() + " failed: " + output);
    }
    Map<String, String> values = Arrays.stream(output.split(" ")).map(kv -> kv.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (a, b) -> b, LinkedHashMap::new));
    int generated = Integer.parseInt(values.get("generated"));
    if (generated != corpus.expected(way)) {
      throw new IllegalStateException(way + " generated " + generated + " sources from " + corpus.name() + ", expected "
          + corpus.expected(way));
    }
    return Long.parseLong(values.get("cpu_ns")) / 1e9;
  }

  private static void report(Corpus corpus, List<Javac.Processor> ways, Map<Javac.Processor, double[]> cpu) {
    for (Javac.Processor way : ways) {
      System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %s | %s | %s | %s |%n", corpus.name(), corpus.sources().size(),
          label(way), median(cpu.get(way)), ratio(cpu, way, Javac.Processor.NONE), ratio(cpu, way, Javac.Processor.NOOP),
          ratio(cpu, way, Javac.Processor.TRIVIAL), ratio(cpu, way, Javac.Processor.HIBERNATE));
    }
    if (cpu.containsKey(Javac.Processor.NOOP) && cpu.containsKey(Javac.Processor.AUTOPROFILE)
        && cpu.containsKey(Javac.Processor.HIBERNATE)) {
      double perListener = pairedMedian(cpu, Javac.Processor.AUTOPROFILE, Javac.Processor.NOOP, false) / corpus.annotated();
      double perEntity = pairedMedian(cpu, Javac.Processor.HIBERNATE, Javac.Processor.NOOP, false) / corpus.entities();
      System.out.printf(Locale.ROOT, "| %s | | cost over the no-op processor | AutoProfile %.2f ms per listener (%,d) | "
              + "hibernate-processor %.2f ms per entity (%,d) | | | |%n", corpus.name(), perListener * 1e3, corpus.annotated(),
          perEntity * 1e3, corpus.entities());
    }
  }

  private static String label(Javac.Processor way) {
    return switch (way) {
      case NONE -> "-proc:none";
      case NOOP -> "no-op processor";
      case TRIVIAL -> "one trivial file per annotated class";
      case AUTOPROFILE -> "AutoProfile";
      case HIBERNATE -> "hibernate-processor";
    };
  }

  private static String ratio(Map<Javac.Processor, double[]> cpu, Javac.Processor way, Javac.Processor reference) {
    if (way == reference || !cpu.containsKey(reference)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.3f", pairedMedian(cpu, way, reference, true));
  }

  /** The median over rounds of {@code way / reference} (or {@code way - reference} in seconds). */
  private static double pairedMedian(Map<Javac.Processor, double[]> cpu, Javac.Processor way, Javac.Processor reference,
      boolean ratio) {
    double[] a = cpu.get(way);
    double[] b = cpu.get(reference);
    double[] paired = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      paired[i] = ratio ? a[i] / b[i] : a[i] - b[i];
    }
    return median(paired);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
