package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project README shows the listener of the {@code constructor} golden file, without its
 * Javadoc: it must stay what the processor writes.
 */
class ReadmeListenerTest {
  @Test
  void theReadmeShowsTheGoldenListenerWithoutItsJavadoc() throws IOException {
    String golden;
    try (InputStream in = ReadmeListenerTest.class.getClassLoader()
        .getResourceAsStream("expected/constructor/User_AutoProfileListener.java")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String shown = golden.substring(golden.indexOf("@Generated("))
        .replaceAll("(?m)^ *(/\\*\\*|\\*)[^\\n]*\\n", "");

    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + shown + "```");
  }
}
