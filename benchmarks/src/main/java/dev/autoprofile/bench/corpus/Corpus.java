package dev.autoprofile.bench.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * A generated corpus to compile, and what each processor must generate from it.
 *
 * @param annotated the classes carrying AutoProfile's annotations: one listener (or trivial file) each
 * @param entities the JPA entities: one metamodel class each from hibernate-processor
 */
public record Corpus(String name, List<Path> sources, int annotated, int entities) {
  /** Names {@link #of} takes. */
  public static final List<String> NAMES = List.of("pairs50", "pairs500", "pairs5000", "realistic", "realistic5x");

  /**
   * Writes corpus {@code name} under {@code dir}: {@code realistic} or {@code realistic5x} ({@link RealisticCorpus}),
   * or {@code pairs<N>} ({@link CorpusGenerator}: N users, each with its profile).
   */
  public static Corpus of(String name, Path dir) {
    return switch (name) {
      case "realistic" -> realistic(name, dir, 1);
      case "realistic5x" -> realistic(name, dir, 5);
      default -> {
        if (!name.startsWith("pairs")) {
          throw new IllegalArgumentException("unknown corpus " + name + "; known: " + NAMES);
        }
        int pairs = Integer.parseInt(name.substring("pairs".length()));
        yield new Corpus(name, CorpusGenerator.generate(dir, pairs), pairs, 2 * pairs);
      }
    };
  }

  private static Corpus realistic(String name, Path dir, int scale) {
    return new Corpus(name, RealisticCorpus.generate(dir, scale), RealisticCorpus.users(scale),
        RealisticCorpus.entities(scale));
  }

  /** The sources {@code way} must generate from this corpus. */
  public int expected(Javac.Processor way) {
    return switch (way) {
      case NONE, NOOP -> 0;
      case TRIVIAL, AUTOPROFILE -> annotated;
      case HIBERNATE -> entities;
    };
  }
}
