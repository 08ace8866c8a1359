package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole text of generated listeners, compared with {@code src/test/resources/expected/}: any
 * change to the output is a reviewed diff. On a mismatch the actual text is written to {@code
 * target/golden-actual/} for review.
 */
class GoldenFileTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.autoprofile.processor.GoldenCases#cases")
  void generatesExpectedSource(GoldenCases.Case golden) throws IOException {
    String expected = golden.expected();
    String listener = golden.listener();
    Compilation compilation = Compilations.autoProfile()
        .compile(golden.goodPaths().stream().map(Compilations::good).toList());

    assertThat(compilation).succeededWithoutWarnings();
    String actual = Compilations.text(compilation.generatedSourceFile(listener).orElseThrow());
    var resource = GoldenFileTest.class.getClassLoader().getResource("expected/" + expected);
    String wanted = resource == null ? "(missing)" : Compilations.text(JavaFileObjects.forResource(resource));
    if (!actual.equals(wanted)) {
      Path dump = Path.of("target/golden-actual", expected);
      Files.createDirectories(dump.getParent());
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("generated %s (actual text in target/golden-actual/%s)", listener, expected)
        .that(actual).isEqualTo(wanted);
  }
}
