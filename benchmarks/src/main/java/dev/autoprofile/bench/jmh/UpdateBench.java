package dev.autoprofile.bench.jmh;

import dev.autoprofile.bench.Db;
import dev.autoprofile.bench.Factories;
import dev.autoprofile.bench.Ids;
import dev.autoprofile.bench.Model;
import dev.autoprofile.bench.Way;
import dev.autoprofile.bench.Workloads;
import dev.autoprofile.bench.model.BenchUser;
import java.util.List;
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
 * Updating {@code n} existing users whose profiles exist: {@code MANAGED} loads them (join fetch)
 * and changes them in one transaction; {@code MERGE} changes detached copies and merges them. With
 * {@code change = USER} only the user's e-mail changes, so AutoProfile must add no statement; with
 * {@code PROFILE} the profile's display name changes too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class UpdateBench {
  /** What the update changes. */
  public enum Change { USER, PROFILE }

  /** How the users are updated. */
  public enum Flow { MANAGED, MERGE }

  @Param({"H2", "POSTGRESQL"})
  public Db db;

  @Param({"SEQUENCE"})
  public Ids ids;

  @Param({"10000"})
  public int n;

  @Param({"MANAGED"})
  public Flow flow;

  @Param({"USER", "PROFILE"})
  public Change change;

  @Param({"AUTOPROFILE", "HAND_WRITTEN"})
  public Way way;

  private Model model;
  private SessionFactory factory;
  private List<BenchUser> detached;
  private int round;

  @Setup(Level.Trial)
  public void boot() {
    model = Model.of(way, ids);
    factory = Factories.build(db, model, null);
    Workloads.truncate(factory, db, model);
    Workloads.create(factory, model, n);
    Workloads.verifyCreated(factory, model, n);
  }

  @Setup(Level.Iteration)
  public void detach() {
    round++;
    detached = flow == Flow.MERGE ? Workloads.loadDetached(factory, model) : null;
  }

  @Benchmark
  public void update(CpuTime cpu) {
    cpu.start();
    String stamp = "round" + round + "@example.com";
    if (flow == Flow.MANAGED) {
      Workloads.updateManaged(factory, model, change == Change.PROFILE, stamp);
    } else {
      Workloads.updateMerged(factory, model, detached, change == Change.PROFILE, stamp);
    }
    cpu.stop();
  }

  @TearDown(Level.Trial)
  public void close() {
    factory.close();
  }
}
