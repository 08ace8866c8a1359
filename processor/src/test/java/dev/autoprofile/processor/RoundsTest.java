package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
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
    Compilation compilation = Compilations.compiler()
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
  void modelSideUserGeneratedByAnotherProcessorInALaterRoundWorks() {
    String editor = """
        package good.rounds;

        @jakarta.persistence.Entity
        public class Editor {
          @jakarta.persistence.Id Long id;
        }
        """;
    Compilation compilation = Compilations.compiler()
        .withProcessors(new AutoProfileProcessor(), new ModelWritingProcessor(Map.of("good.rounds.Editor", editor)))
        .compile(good("rounds/Desk.java"));

    assertThat(compilation).succeededWithoutWarnings();
    String listener = Compilations.text(
        compilation.generatedSourceFile("good.rounds.Desk_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("extends ProfilePair<Editor, Desk>");
    assertThat(listener).contains("profile.editor = user;");
  }

  @Test
  void modelSideUserStillMissingInTheLastRoundIsReportedOnce() {
    JavaFileObject desk = good("rounds/Desk.java");
    Compilation compilation = Compilations.compiler()
        .withProcessors(new AutoProfileProcessor(), writerModels())
        .compile(desk, good("rounds/Writer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[AutoProfileUserMissing] @ProfileOf(Editor.class) on Desk")
        .inFile(desk).onLineContaining("value = Editor.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(compilation);
  }

  @Test
  void modelStillMissingInTheLastRoundIsReportedOnce() {
    JavaFileObject never = good("rounds/Never.java");
    // the other processor's files make several rounds; AutoProfile waits in each, reports once
    Compilation compilation = Compilations.compiler()
        .withProcessors(new AutoProfileProcessor(), writerModels())
        .compile(never, good("rounds/Writer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[AutoProfileModelMissing] @AutoProfile(model = NeverWritten.class) on Never")
        .inFile(never).onLineContaining("model = NeverWritten.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(compilation);
  }

  /** The class files of {@code sources} compiled with {@code -proc:none}, written under {@code dir}. */
  private static List<File> classPathWith(Path dir, JavaFileObject... sources) throws IOException {
    Compilation compiled = Compilations.compiler().withOptions("-proc:none").compile(sources);
    assertThat(compiled).succeeded();
    for (JavaFileObject file : compiled.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = dir.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(dir.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  /**
   * The user of {@code @ProfileOf} comes from a jar built without the processor and carries no
   * AutoProfile annotation: only its class file, with JPA's annotations, tells what it maps.
   */
  @Test
  void modelSideUserFromACompiledClassWorks(@TempDir Path classes) throws IOException {
    // the user's "jar": compiled on its own, its inverse side referencing the model's class
    List<File> classpath = classPathWith(classes, good("jaruser/Client.java"), good("jaruser/ClientNotes.java"));
    Files.delete(classes.resolve("good/jaruser/ClientNotes.class"));
    assertThat(Files.exists(classes.resolve("good/jaruser/Client.class"))).isTrue();

    Compilation model = Compilations.autoProfile().withClasspath(classpath).compile(good("jaruser/ClientNotes.java"));

    assertThat(model).succeededWithoutWarnings();
    String listener = Compilations.text(
        model.generatedSourceFile("good.jaruser.ClientNotes_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("super(ClientNotes.class, new ClientNotesOfClient());");
    assertThat(listener).contains("super(Client.class, ClientNotes.class, \"client\", OnUpdate.SAVE, OnDelete.DELETE, \"notes\");");
    assertThat(listener).contains("profile.client = user;");
    assertThat(listener).contains("return user.getNotes();");
    assertThat(listener).contains("user.setNotes(profile);");
  }

  /** A compiled user whose own @AutoProfile (here by convention) already declares the pair. */
  @Test
  void pairDeclaredTwiceIsFoundOnACompiledUser(@TempDir Path classes) throws IOException {
    JavaFileObject profile = good("jaruser/PartnerProfile.java");
    List<File> classpath = classPathWith(classes, good("jaruser/Partner.java"), profile);
    Files.delete(classes.resolve("good/jaruser/PartnerProfile.class"));

    Compilation model = Compilations.autoProfile().withClasspath(classpath).compile(profile);

    assertThat(model).hadErrorContaining("[AutoProfileDeclaredTwice] The pair of user Partner and profile model "
        + "PartnerProfile is declared twice").inFile(profile).onLineContaining("value = Partner.class");
    assertThat(Compilations.tagged(model, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(model);
  }

  @Test
  void modelsFromCompiledClassesWork(@TempDir Path classes) throws IOException {
    // first build: the models (and the user they reference), no processing
    Compilation first = Compilations.compiler().withOptions("-proc:none").compile(
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
    Compilation second = Compilations.autoProfile().withClasspath(classpath).compile(good("classpath/Reader.java"));

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
