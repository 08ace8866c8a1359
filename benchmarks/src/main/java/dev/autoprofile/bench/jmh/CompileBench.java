package dev.autoprofile.bench.jmh;

import dev.autoprofile.bench.corpus.Corpus;
import dev.autoprofile.bench.corpus.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * javac (in-process, javax.tools, a new file manager per compile as Maven does) over a generated
 * corpus ({@link Corpus}): with no processor, a no-op one, one writing a trivial file per annotated class,
 * AutoProfile's, and Hibernate's metamodel generator as a peer. The numbers of record are
 * {@link dev.autoprofile.bench.corpus.CompileCost}'s (a fresh JVM per compile); this one is warm. One operation is one full
 * compile into empty output directories (made and deleted outside the timing); the warmup
 * iterations warm javac's own code in the JVM, as a build daemon would have it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class CompileBench {
  /** A name {@link Corpus#of} takes. */
  @Param({"pairs50", "pairs500", "pairs5000", "realistic", "realistic5x"})
  public String corpus;

  @Param({"NONE", "NOOP", "TRIVIAL", "AUTOPROFILE", "HIBERNATE"})
  public Javac.Processor processor;

  private Path work;
  private Corpus sources;
  private Path out;
  private int round;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    work = Files.createTempDirectory("autoprofile-compile-");
    sources = Corpus.of(corpus, work.resolve("src"));
  }

  @Setup(Level.Iteration)
  public void emptyOutput() {
    out = work.resolve("out" + round++);
  }

  @Benchmark
  public int compile(CpuTime cpu) {
    cpu.start();
    int generated = Javac.compile(sources.sources(), out.resolve("classes"), out.resolve("generated"), processor);
    cpu.stop();
    if (generated != sources.expected(processor)) {
      throw new IllegalStateException(processor + " generated " + generated + " sources, expected "
          + sources.expected(processor));
    }
    return generated;
  }

  @TearDown(Level.Iteration)
  public void deleteOutput() {
    Javac.delete(out);
  }

  @TearDown(Level.Trial)
  public void clean() {
    Javac.delete(work);
  }
}
