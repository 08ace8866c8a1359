package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * The compiler under test ({@link TestedCompiler}) with the AutoProfile processor; the test class
   * path holds the runtime and JPA.
   */
  static Compiler autoProfile() {
    return compiler().withProcessors(new AutoProfileProcessor());
  }

  /** The compiler under test, with no processor set: tests add their own, or {@code -proc:none}. */
  static Compiler compiler() {
    return TestedCompiler.current().compiler();
  }

  /** A source under {@code src/test/resources/good/}. */
  static JavaFileObject good(String path) {
    return JavaFileObjects.forResource("good/" + path);
  }

  /** A source under {@code src/test/resources/bad/}. */
  static JavaFileObject bad(String path) {
    return JavaFileObjects.forResource("bad/" + path);
  }

  /**
   * A source named {@code qualifiedName} with {@code text}. ECJ compiles only sources it finds on
   * disk, so under ECJ the text is written to a file of its own under {@code target/}.
   */
  static JavaFileObject source(String qualifiedName, String text) {
    if (!TestedCompiler.isEcj()) {
      return JavaFileObjects.forSourceString(qualifiedName, text);
    }
    try {
      Files.createDirectories(SOURCES_ON_DISK);
      Path file = Files.createTempDirectory(SOURCES_ON_DISK, "src").resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #source} of a file a compilation generated, to compile it again. */
  static JavaFileObject source(String qualifiedName, JavaFileObject generated) {
    return source(qualifiedName, text(generated));
  }

  private static final Path SOURCES_ON_DISK = Path.of("target", "test-sources-on-disk");

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
