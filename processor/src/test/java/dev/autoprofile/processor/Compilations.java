package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Shared set-up of the processor tests: the compiler, test sources, crash checks. */
final class Compilations {
  /** Our tag at the start of a message: {@code [AutoProfileSomething] }. */
  static final Pattern TAG = Pattern.compile("^\\[AutoProfile[A-Za-z]+\\] ");

  private Compilations() {}

  /** javac with the AutoProfile processor; the test class path holds the runtime and JPA. */
  static Compiler javac() {
    return Compiler.javac().withProcessors(new AutoProfileProcessor());
  }

  /** A source under {@code src/test/resources/good/}. */
  static JavaFileObject good(String path) {
    return JavaFileObjects.forResource("good/" + path);
  }

  /** A source under {@code src/test/resources/bad/}. */
  static JavaFileObject bad(String path) {
    return JavaFileObjects.forResource("bad/" + path);
  }

  static String text(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stack frame, or an exception or error class of the JDK, in a message. */
  private static final Pattern CRASH = Pattern.compile(
      "AutoProfileInternalError|(?m)^\\s*at [\\w.$<>]+\\(|\\b(java|javax|jdk|com\\.sun)\\.[\\w.$]*(Exception|Error)\\b");

  /**
   * Fails if any diagnostic shows that the processor crashed rather than failed cleanly: our
   * internal-error tag, a stack frame, or a JDK exception in any message.
   */
  static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("processor crashed: %s", message).that(isCrash(message)).isFalse();
    }
  }

  static boolean isCrash(String message) {
    return CRASH.matcher(message).find();
  }

  /** The diagnostics of {@code kind} whose message carries one of our tags. */
  static List<Diagnostic<? extends JavaFileObject>> tagged(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind && TAG.matcher(d.getMessage(Locale.ROOT)).find())
        .collect(java.util.stream.Collectors.<Diagnostic<? extends JavaFileObject>>toList());
  }
}
