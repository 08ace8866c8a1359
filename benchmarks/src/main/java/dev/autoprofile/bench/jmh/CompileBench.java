package dev.autoprofile.bench.jmh;

import dev.autoprofile.bench.corpus.CorpusGenerator;
import dev.autoprofile.bench.corpus.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * corpus of {@code pairs} {@code @AutoProfile} user/profile pairs: with no processor, with
 * AutoProfile's, and with Hibernate's metamodel generator as a peer. One operation is one full
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
  @Param({"50", "500", "5000"})
  public int pairs;

  @Param({"NONE", "NOOP", "AUTOPROFILE", "HIBERNATE"})
  public Javac.Processor processor;

  private Path work;
  private List<Path> sources;
  private Path out;
  private int round;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    work = Files.createTempDirectory("autoprofile-compile-");
    sources = CorpusGenerator.generate(work.resolve("src"), pairs);
  }

  @Setup(Level.Iteration)
  public void emptyOutput() {
    out = work.resolve("out" + round++);
  }

  @Benchmark
  public int compile(CpuTime cpu) {
    cpu.start();
    int generated = Javac.compile(sources, out.resolve("classes"), out.resolve("generated"), processor);
    cpu.stop();
    int expected = switch (processor) {
      case NONE -> 0;
      case AUTOPROFILE -> pairs;
      case HIBERNATE -> 2 * pairs;
      case NOOP -> 0;
    };
    if (generated != expected) {
      throw new IllegalStateException(processor + " generated " + generated + " sources, expected " + expected);
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
