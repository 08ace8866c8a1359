package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor is declared {@code isolating} for Gradle's incremental compilation (the README
 * promises it; Gradle cannot run here, so this is what keeps it true): the declaration ships with
 * the built classes, names the processor the service file registers, and every listener has one
 * originating element ({@link GeneratedCodeTest#everyFileHasExactlyOneOriginatingElementTheAnnotatedClass}).
 */
class GradleIsolatingTest {
  private static Path builtClasses() throws Exception {
    return Path.of(AutoProfileProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void theBuiltResourcesDeclareTheProcessorIsolating() throws Exception {
    List<String> lines = Files.readAllLines(builtClasses().resolve("META-INF/gradle/incremental.annotation.processors"));

    assertThat(lines).containsExactly("dev.autoprofile.processor.AutoProfileProcessor,isolating");
  }

  @Test
  void theDeclaredProcessorIsTheRegisteredOne() throws Exception {
    List<String> registered = Files.readAllLines(builtClasses().resolve("META-INF/services/javax.annotation.processing.Processor"));

    assertThat(registered).containsExactly(AutoProfileProcessor.class.getName());
  }
}
