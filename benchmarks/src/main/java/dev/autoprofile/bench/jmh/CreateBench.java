package dev.autoprofile.bench.jmh;

import dev.autoprofile.bench.Db;
import dev.autoprofile.bench.Factories;
import dev.autoprofile.bench.Ids;
import dev.autoprofile.bench.Model;
import dev.autoprofile.bench.Way;
import dev.autoprofile.bench.Workloads;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
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
 * Creating {@code n} users, each getting one profile, in one of the four {@link Way}s: one
 * operation is the whole transaction (single shot, tables emptied before each, untimed). Users per
 * second = {@code n / time}. Each way boots its own session factory with only its own two entities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CreateBench {
  @Param({"H2", "POSTGRESQL"})
  public Db db;

  @Param({"SEQUENCE", "IDENTITY"})
  public Ids ids;

  @Param({"10000"})
  public int n;

  @Param({"AUTOPROFILE", "HAND_WRITTEN", "CASCADE", "TRIGGER"})
  public Way way;

  private Model model;
  private SessionFactory factory;

  @Setup(Level.Trial)
  public void boot() {
    model = Model.of(way, ids);
    factory = Factories.build(db, model, null);
  }

  @Setup(Level.Iteration)
  public void empty() {
    Workloads.truncate(factory, db, model);
  }

  @Benchmark
  public void create(CpuTime cpu) {
    cpu.start();
    Workloads.create(factory, model, n);
    cpu.stop();
  }

  /** A run that lost a profile fails instead of reporting a time. */
  @TearDown(Level.Iteration)
  public void verify() {
    Workloads.verifyCreated(factory, model, n);
  }

  @TearDown(Level.Trial)
  public void close() {
    factory.close();
  }
}
