package dev.autoprofile.bench.boot;

import dev.autoprofile.AutoProfile;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A class loader over this JVM's class path plus a directory of compiled entities, with or without
 * autoprofile-runtime, whose parent is the platform loader: the application class path, where the
 * runtime always is, stays out of sight, and so does its {@code META-INF/services} Integrator.
 */
public final class IsolatedClassPath {
  private IsolatedClassPath() {}

  /** A {@link Bootstrapper} loaded in a fresh isolated loader. */
  @SuppressWarnings("unchecked")
  public static BiFunction<List<String>, Map<String, Object>, Integer> bootstrapper(
      Path entities, boolean withRuntime) {
    URLClassLoader loader = new URLClassLoader(
        "isolated-" + (withRuntime ? "with" : "without") + "-runtime",
        urls(entities, withRuntime), ClassLoader.getPlatformClassLoader());
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
      Class.forName(AutoProfile.class.getName(), false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static URL[] urls(Path entities, boolean withRuntime) {
    String runtime = location(AutoProfile.class);
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(entities.toUri().toURL());
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        String url = Path.of(entry).toAbsolutePath().toUri().toURL().toString();
        if (withRuntime || !url.equals(runtime)) {
          urls.add(new URL(url));
        }
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return urls.toArray(URL[]::new);
  }

  private static String location(Class<?> type) {
    try {
      return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
