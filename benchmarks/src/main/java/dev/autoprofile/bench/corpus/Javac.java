package dev.autoprofile.bench.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac in-process (javax.tools), the way Maven's compiler plugin runs it by default. */
public final class Javac {
  /** Which annotation processor javac runs over the corpus; the sources are the same for each. */
  public enum Processor {
    /** {@code -proc:none}: plain javac, the baseline. */
    NONE(null),
    /** AutoProfile's processor alone. */
    AUTOPROFILE("dev.autoprofile.processor.AutoProfileProcessor"),
    /** Hibernate's JPA static metamodel generator alone (hibernate-processor), the peer. */
    HIBERNATE("org.hibernate.processor.HibernateProcessor"),
    /** A processor of {@code @AutoProfile} that does nothing: javac's own processing cost. */
    NOOP("dev.autoprofile.bench.corpus.NoopProcessor"),
    /** A processor of {@code @AutoProfile} that writes one trivial file per annotated class: any generator's floor. */
    TRIVIAL("dev.autoprofile.bench.corpus.TrivialFileProcessor");

    final String className;

    Processor(String className) {
      this.className = className;
    }
  }

  private Javac() {}

  /**
   * Compiles {@code sources} into {@code classes} (generated sources into {@code generated}) with
   * this JVM's class path as class path and processor path; throws on a compile error.
   *
   * @return the number of generated source files
   */
  public static int compile(List<Path> sources, Path classes, Path generated, Processor processor) {
    return compile(sources, classes, generated, processor, List.of());
  }

  /** {@link #compile(List, Path, Path, Processor)} with {@code extraClassPath} added to the class path. */
  public static int compile(
      List<Path> sources, Path classes, Path generated, Processor processor, List<Path> extraClassPath) {
    return compile(sources, classes, generated, processor, extraClassPath, false);
  }

  /** As above; {@code procOnly} adds {@code -proc:only}: processors run, no class file is written. */
  public static int compile(List<Path> sources, Path classes, Path generated, Processor processor,
      List<Path> extraClassPath, boolean procOnly) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
    extraClassPath.forEach(entry -> cp.append(File.pathSeparator).append(entry));
    String classPath = cp.toString();
    List<String> options = new ArrayList<>(List.of(
        "--release", "17", "-encoding", "UTF-8", "-implicit:none", "-nowarn", "-Xlint:none",
        "-classpath", classPath, "-d", classes.toString(), "-s", generated.toString()));
    if (processor.className == null) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", classPath, "-processor", processor.className));
      if (procOnly) {
        options.add("-proc:only");
      }
    }
    List<String> errors = new ArrayList<>();
    DiagnosticListener<JavaFileObject> listener = d -> {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
      }
    };
    try (StandardJavaFileManager files = javac.getStandardFileManager(listener, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      boolean ok = javac.getTask(null, files, listener, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok || !errors.isEmpty()) {
        throw new IllegalStateException("javac failed (" + processor + "): "
            + String.join(System.lineSeparator(), errors.subList(0, Math.min(5, errors.size()))));
      }
      try (Stream<Path> walk = Files.walk(generated)) {
        return (int) walk.filter(p -> p.toString().endsWith(".java")).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything under it, if it exists. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
