package dev.autoprofile.bench.corpus;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link CompileCost}: one compile of the listed sources with one processor, then prints
 * {@code cpu_ns=<this JVM's CPU time so far> generated=<sources generated>}. The CPU time includes the JVM's
 * start and javac's class loading and JIT, as a build that forks javac pays them.
 *
 * <pre>java -cp ... dev.autoprofile.bench.corpus.JavacOnce PROCESSOR SOURCES_LIST OUT_DIR</pre>
 */
public final class JavacOnce {
  private JavacOnce() {}

  public static void main(String[] args) throws IOException {
    Javac.Processor processor = Javac.Processor.valueOf(args[0]);
    List<Path> sources = Files.readAllLines(Path.of(args[1])).stream().map(Path::of).toList();
    Path out = Path.of(args[2]);
    int generated = Javac.compile(sources, out.resolve("classes"), out.resolve("generated"), processor);
    long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.println("cpu_ns=" + cpu + " generated=" + generated);
  }
}
