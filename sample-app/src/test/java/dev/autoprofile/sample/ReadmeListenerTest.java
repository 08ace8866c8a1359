package dev.autoprofile.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the listener the processor generates for this app, as it is generated. */
class ReadmeListenerTest {
  private static final Path LISTENER = Path.of(
      "target/generated-sources/annotations/dev/autoprofile/sample/users/User_AutoProfileListener.java");

  @Test
  void theReadmeShowsTheGeneratedListenerAsItIs() throws IOException {
    String generated = Files.readString(LISTENER);
    String shown = generated.substring(generated.indexOf("@Generated("));

    assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + shown + "```");
  }
}
