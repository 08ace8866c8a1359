package dev.autoprofile.bench.jmh;

import dev.autoprofile.bench.boot.IsolatedClassPath;
import dev.autoprofile.bench.corpus.CorpusGenerator;
import dev.autoprofile.bench.corpus.Javac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code buildSessionFactory()} + {@code close()} for a model of {@code 2 × pairs} entities (100
 * {@code @AutoProfile} user/profile pairs by default), compiled with the AutoProfile processor at
 * setup. The same class files are booted three ways, each through a class loader that holds
 * Hibernate, H2's driver and the model:
 *
 * <ul>
 *   <li>{@code WITHOUT_RUNTIME}: autoprofile-runtime is not on that class path at all (the
 *       {@code @AutoProfile} annotations are then invisible to reflection; the listeners are never
 *       loaded), the application without AutoProfile;
 *   <li>{@code DISABLED}: the runtime is there, {@code autoprofile.enabled=false};
 *   <li>{@code ENABLED}: the runtime is there and loads 100 listeners and registers its event
 *       listeners.
 * </ul>
 *
 * Start it with autoprofile-runtime off the class path and its jar in
 * {@code -Dautoprofile.bench.runtime} (see {@link IsolatedClassPath}; the scripts do).
 *
 * <p>No database is touched: H2 dialect, {@code hibernate.boot.allow_jdbc_metadata_access=false}, no
 * schema action, so that the time is Hibernate's (and AutoProfile's) own. Average time is the warm,
 * steady-state bootstrap; run with {@code -bm ss -wi 0 -i 1 -f 10} for the first bootstrap of a
 * fresh JVM (class loading included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BootstrapBench {
  /** How AutoProfile is present. */
  public enum Variant { WITHOUT_RUNTIME, DISABLED, ENABLED }

  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  @Param({"100"})
  public int pairs;

  @Param({"WITHOUT_RUNTIME", "DISABLED", "ENABLED"})
  public Variant variant;

  private Path work;
  private List<String> entities;
  private Map<String, Object> settings;
  private BiFunction<List<String>, Map<String, Object>, Integer> bootstrapper;
  private ClassLoader isolated;

  @Setup
  public void compileModel() throws IOException {
    HIBERNATE_LOG.setLevel(Level.SEVERE);
    Path runtime = IsolatedClassPath.runtime();
    work = Files.createTempDirectory("autoprofile-bootstrap-");
    List<Path> sources = CorpusGenerator.generate(work.resolve("src"), pairs);
    Javac.compile(sources, work.resolve("classes"), work.resolve("generated"), Javac.Processor.AUTOPROFILE,
        List.of(runtime));
    entities = CorpusGenerator.entityNames(pairs);
    settings = new HashMap<>();
    settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    settings.put("hibernate.hbm2ddl.auto", "none");
    if (variant != Variant.WITHOUT_RUNTIME) {
      settings.put("autoprofile.enabled", variant == Variant.ENABLED ? "true" : "false");
    }
    bootstrapper = IsolatedClassPath.bootstrapper(
        work.resolve("classes"), variant == Variant.WITHOUT_RUNTIME ? null : runtime);
    isolated = bootstrapper.getClass().getClassLoader();
    if (IsolatedClassPath.seesRuntime(isolated) != (variant != Variant.WITHOUT_RUNTIME)) {
      throw new IllegalStateException("class path isolation failed for " + variant);
    }
  }

  @Benchmark
  public int bootstrap(CpuTime cpu) {
    cpu.start();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(isolated);
    try {
      int built = bootstrapper.apply(entities, settings);
      if (built != 2 * pairs) {
        throw new IllegalStateException("expected " + 2 * pairs + " entities, got " + built);
      }
      return built;
    } finally {
      thread.setContextClassLoader(previous);
      cpu.stop();
    }
  }

  @TearDown
  public void clean() {
    try {
      ((java.io.Closeable) isolated).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Javac.delete(work);
  }
}
