package dev.autoprofile.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time the benchmark thread spent in the timed operation, reported by JMH as the secondary
 * metric {@code cpuMs} (milliseconds per iteration; single shot: per operation). Wall time on a
 * shared 2-core machine includes waiting for a core; this does not, so it is the steadier view of
 * what AutoProfile costs in the JVM (with H2 it includes the database's work, which runs in the same
 * thread; with PostgreSQL, only the client's).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Milliseconds of benchmark-thread CPU time in this iteration's operations. */
  public double cpuMs;

  /** Operations measured in this iteration: divides {@link #cpuMs} in average-time mode. */
  public long cpuOps;

  private long start;

  @Setup(Level.Iteration)
  public void reset() {
    cpuMs = 0;
    cpuOps = 0;
  }

  void start() {
    start = THREADS.getCurrentThreadCpuTime();
  }

  void stop() {
    cpuMs += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
    cpuOps++;
  }
}
