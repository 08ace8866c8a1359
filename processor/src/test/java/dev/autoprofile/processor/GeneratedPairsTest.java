package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.autoprofile.processor.RandomPairs.Expected;
import dev.autoprofile.processor.RandomPairs.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Robustness: 1,200 random user/model pairs, valid and broken, declared on the user or (about a
 * third) by {@code @ProfileOf} on the model, 40 to a javac run. Each broken pair gets exactly the
 * tagged errors {@link RandomPairs} expects, on the expected lines of the annotated file; each valid
 * pair gets its listener, and all listeners then compile under {@code -Xlint:all -Werror}. No
 * diagnostic may show a crash. Reproduce a failure with {@code -Dautoprofile.seed=<seed>}.
 */
class GeneratedPairsTest {
  private static final int BATCHES = 30;
  private static final int PAIRS_PER_BATCH = 40;
  /** Valid pairs compiled again together, with their listeners, under -Werror. */
  private static final int STRICT_PAIRS_PER_RUN = 400;
  private static final Pattern GENERATED = Pattern.compile("^\\[AutoProfileGenerated\\] Generated (\\S+) for ");

  @Test
  void randomPairsFailCleanlyOrGenerateListenersThatCompile() {
    long seed = Long.getLong("autoprofile.seed", 20261121L);
    RandomPairs generator = new RandomPairs(seed);
    int valid = 0;
    int index = 0;
    List<Pair> strict = new ArrayList<>();
    List<Pair> modelSide = new ArrayList<>();
    for (int batch = 0; batch < BATCHES; batch++) {
      List<Pair> pairs = new ArrayList<>();
      for (int i = 0; i < PAIRS_PER_BATCH; i++) {
        pairs.add(generator.next(index++));
      }
      valid += check(seed, batch, pairs, strict);
      pairs.stream().filter(p -> p.modelSide).forEach(modelSide::add);
    }
    for (int from = 0; from < strict.size(); from += STRICT_PAIRS_PER_RUN) {
      compileStrictly(seed, strict.subList(from, Math.min(strict.size(), from + STRICT_PAIRS_PER_RUN)));
    }
    long modelSideValid = modelSide.stream().filter(p -> p.listener != null).count();
    System.out.printf("GeneratedPairsTest: seed %d, %d pairs, %d valid (%d compiled with -Werror), %d broken; "
        + "%d declared by @ProfileOf, %d of them valid%n",
        seed, index, valid, strict.size(), index - valid, modelSide.size(), modelSideValid);
    // the generator must exercise both sides, or this test proves little
    assertWithMessage("valid pairs of %s (seed %s)", index, seed).that(valid).isAtLeast(index / 4);
    assertWithMessage("broken pairs of %s (seed %s)", index, seed).that(index - valid).isAtLeast(index / 4);
    assertWithMessage("valid @ProfileOf pairs of %s (seed %s)", modelSide.size(), seed)
        .that(modelSideValid).isAtLeast(modelSide.size() / 5);
    assertWithMessage("broken @ProfileOf pairs of %s (seed %s)", modelSide.size(), seed)
        .that(modelSide.size() - modelSideValid).isAtLeast(modelSide.size() / 5);
  }

  /**
   * Compiles one batch and checks every pair in it; returns how many pairs were valid, and adds
   * those without warnings to {@code strict}.
   */
  private static int check(long seed, int batch, List<Pair> pairs, List<Pair> strict) {
    List<JavaFileObject> sources = pairs.stream().flatMap(p -> p.sources.stream()).toList();
    // verbose: javac runs no further round after an error, so the NOTE is how we learn what was written
    List<String> options = new ArrayList<>(TestedCompiler.current().noDiagnosticLimit());
    options.add("-Aautoprofile.verbose=true");
    Compilation compilation = Compilations.autoProfile().withOptions(options).compile(sources);
    String context = "seed " + seed + ", batch " + batch + " (rerun with -Dautoprofile.seed=" + seed + ")";

    List<String> listeners = new ArrayList<>();
    Map<String, List<Expected>> errors = new HashMap<>();
    Map<String, List<Expected>> warnings = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      Matcher tag = Compilations.TAG.matcher(message);
      boolean ours = tag.find();
      assertWithMessage("%s: crash: %s", context, message).that(Compilations.isCrash(message)).isFalse();
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        assertWithMessage("%s: only AutoProfile errors expected, got: %s in %s", context, message,
            diagnostic.getSource() == null ? null : Compilations.text(diagnostic.getSource()))
            .that(ours).isTrue();
      }
      if (ours && diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        Matcher generated = GENERATED.matcher(message);
        assertWithMessage("%s: note %s", context, message).that(generated.find()).isTrue();
        listeners.add(generated.group(1));
      }
      if (!ours || diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String file = diagnostic.getSource() == null ? "(none)" : diagnostic.getSource().toUri().getPath();
      String name = tag.group().substring(1, tag.group().length() - 2);
      (diagnostic.getKind() == Diagnostic.Kind.ERROR ? errors : warnings)
          .computeIfAbsent(file, f -> new ArrayList<>())
          .add(new Expected(name, diagnostic.getLineNumber()));
    }

    int valid = 0;
    for (Pair pair : pairs) {
      String annotatedFile = pair.annotatedSource.toUri().getPath();
      String about = context + ", " + pair + "\n" + Compilations.text(pair.annotatedSource) + "\ndiagnostics: "
          + compilation.diagnostics().stream()
              .filter(d -> d.getSource() != null && d.getSource().toUri().getPath().equals(annotatedFile))
              .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
      assertWithMessage("errors of %s", about).that(errors.getOrDefault(annotatedFile, List.of()))
          .containsExactlyElementsIn(pair.errors);
      assertWithMessage("warnings of %s", about).that(warnings.getOrDefault(annotatedFile, List.of()))
          .containsExactlyElementsIn(pair.warnings);
      for (JavaFileObject other : pair.sources) {
        String path = other.toUri().getPath();
        assertWithMessage("diagnostics in a file without annotations of %s", about)
            .that(!path.equals(annotatedFile) && (errors.containsKey(path) || warnings.containsKey(path)))
            .isFalse();
      }
      if (pair.listener != null) {
        assertWithMessage("listener of %s", about).that(listeners).contains(pair.listener);
        if (pair.warnings.isEmpty()) { // our own warning would fail -Werror
          strict.add(pair);
        }
        valid++;
      } else {
        String prefix = "p" + pair.index + ".";
        assertWithMessage("no listener for %s", about)
            .that(listeners.stream().filter(n -> n.startsWith(prefix)).toList()).isEmpty();
      }
    }

    return valid;
  }

  /**
   * The valid pairs alone, generated again, under every lint but javac's processing one (it flags
   * the JPA annotations no processor claims, which is not about our code) and -Werror.
   */
  private static void compileStrictly(long seed, List<Pair> pairs) {
    List<JavaFileObject> sources = pairs.stream().flatMap(p -> p.sources.stream()).toList();
    Compilation strict = Compilations.autoProfile().withOptions(TestedCompiler.current().strictWarnings())
        .compile(sources);
    String context = "seed " + seed + ", pairs " + pairs.get(0).index + ".." + pairs.get(pairs.size() - 1).index;
    // printed by hand: ECJ's diagnostics have no toString
    List<String> problems = strict.diagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
            + d.getMessage(Locale.ROOT))
        .toList();
    assertWithMessage("%s: the valid pairs and their listeners compile cleanly: %s", context, problems)
        .that(strict.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWithMessage("%s: warnings", context).that(problems).isEmpty();
    for (Pair pair : pairs) {
      assertWithMessage("%s: %s", context, pair).that(strict.generatedSourceFile(pair.listener).isPresent()).isTrue();
    }
  }
}
