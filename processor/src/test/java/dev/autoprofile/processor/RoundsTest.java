package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models that are not sources of the same compilation: generated later, or compiled before. */
class RoundsTest {
  private static final String WRITER_CARD = """
      package good.rounds;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.OneToOne;

      @Entity
      public class WriterCard {
        @Id Long id;
        @OneToOne private Writer writer;
        public WriterCard(Writer writer) { this.writer = writer; }
        protected WriterCard() {}
      }
      """;
  private static final String WRITER_PROFILE = """
      package good.rounds;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.OneToOne;

      @Entity
      public class WriterProfile {
        @Id Long id;
        @OneToOne Writer writer;
      }
      """;

  private static ModelWritingProcessor writerModels() {
    return new ModelWritingProcessor(Map.of(
        "good.rounds.WriterCard", WRITER_CARD, "good.rounds.WriterProfile", WRITER_PROFILE));
  }

  @Test
  void modelsGeneratedByAnotherProcessorInALaterRoundWork() {
    // AutoProfile first: it sees the models missing in round 1 and must wait for round 2
    Compilation compilation = Compiler.javac()
        .withProcessors(new AutoProfileProcessor(), writerModels())
        .compile(good("rounds/Writer.java"));

    assertThat(compilation).succeededWithoutWarnings();
    String listener = Compilations.text(
        compilation.generatedSourceFile("good.rounds.Writer_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("extends ProfilePair<Writer, WriterCard>");
    assertThat(listener).contains("return new WriterCard(user);");
    assertThat(listener).contains("extends ProfilePair<Writer, WriterProfile>");
    assertThat(listener).contains("profile.writer = user;");
  }

  @Test
  void modelStillMissingInTheLastRoundIsReportedOnce() {
    JavaFileObject never = good("rounds/Never.java");
    // the other processor's files make several rounds; AutoProfile waits in each, reports once
    Compilation compilation = Compiler.javac()
        .withProcessors(new AutoProfileProcessor(), writerModels())
        .compile(never, good("rounds/Writer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[AutoProfileModelMissing] @AutoProfile(model = NeverWritten.class) on Never")
        .inFile(never).onLineContaining("model = NeverWritten.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(compilation);
  }

  @Test
  void modelsFromCompiledClassesWork(@TempDir Path classes) throws IOException {
    // first build: the models (and the user they reference), no processing
    Compilation first = Compiler.javac().withOptions("-proc:none").compile(
        good("classpath/Reader.java"), good("classpath/ReaderCard.java"), good("classpath/ReaderProfile.java"));
    assertThat(first).succeeded();
    for (JavaFileObject file : first.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS && !file.getName().contains("/Reader.class")) {
        Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    assertThat(Files.exists(classes.resolve("good/classpath/ReaderCard.class"))).isTrue();

    // second build: only the user is a source; its models are class files
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation second = Compilations.javac().withClasspath(classpath).compile(good("classpath/Reader.java"));

    assertThat(second).succeededWithoutWarnings();
    assertThat(second.generatedFile(StandardLocation.SOURCE_OUTPUT, "good/classpath/Reader_AutoProfileListener.java"))
        .isPresent();
    String listener = Compilations.text(
        second.generatedSourceFile("good.classpath.Reader_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("return new ReaderCard(user);");
    assertThat(listener).contains("profile.setReader(user);");
    assertThat(listener).contains("return user.getProfile();");
    assertThat(listener).contains("user.setProfile(profile);");
  }
}
