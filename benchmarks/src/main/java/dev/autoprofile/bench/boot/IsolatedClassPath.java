package dev.autoprofile.bench.boot;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A class loader over this JVM's class path plus a directory of compiled entities and, if asked,
 * autoprofile-runtime, whose parent is the platform loader.
 *
 * <p>Hibernate's class loader service always falls back to the system class loader, so the runtime
 * must not be on this JVM's class path at all (its {@code META-INF/services} Integrator would be
 * found there): the scripts start the bootstrap benchmark with it left out and name its jar in the
 * system property {@value #RUNTIME_PROPERTY}.
 */
public final class IsolatedClassPath {
  public static final String RUNTIME_PROPERTY = "autoprofile.bench.runtime";
  private static final String ANNOTATION = "dev.autoprofile.AutoProfile";

  private IsolatedClassPath() {}

  /** The autoprofile-runtime jar (or classes directory), which must be off the class path. */
  public static Path runtime() {
    if (seesRuntime(ClassLoader.getSystemClassLoader())) {
      throw new IllegalStateException("autoprofile-runtime is on the class path of this JVM, so Hibernate "
          + "would find it in every variant. Start the benchmark without it and pass its jar in -D"
          + RUNTIME_PROPERTY + "=... (benchmarks/run-smoke.sh and run-full.sh do).");
    }
    String runtime = System.getProperty(RUNTIME_PROPERTY);
    if (runtime == null || !Files.exists(Path.of(runtime))) {
      throw new IllegalStateException("-D" + RUNTIME_PROPERTY + " must name the autoprofile-runtime jar, not "
          + runtime);
    }
    return Path.of(runtime).toAbsolutePath();
  }

  /** A {@link Bootstrapper} loaded in a fresh isolated loader. */
  @SuppressWarnings("unchecked")
  public static BiFunction<List<String>, Map<String, Object>, Integer> bootstrapper(Path entities, Path runtime) {
    URLClassLoader loader = new URLClassLoader(
        "isolated-" + (runtime != null ? "with" : "without") + "-runtime",
        urls(entities, runtime), ClassLoader.getPlatformClassLoader());
    try {
      return (BiFunction<List<String>, Map<String, Object>, Integer>)
          loader.loadClass(Bootstrapper.class.getName()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code loader} can see AutoProfile: the check that the isolation holds. */
  public static boolean seesRuntime(ClassLoader loader) {
    try {
      Class.forName(ANNOTATION, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static URL[] urls(Path entities, Path runtime) {
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(entities.toUri().toURL());
      if (runtime != null) {
        urls.add(runtime.toUri().toURL());
      }
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(Path.of(entry).toAbsolutePath().toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return urls.toArray(URL[]::new);
  }
}
