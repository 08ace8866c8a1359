package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities whose accessors and constructors Lombok writes, with Lombok's processor in the same compilation. */
class LombokTest {
  private static final JavaFileObject AUTHOR = good("lombok/Author.java");
  private static final JavaFileObject AUTHOR_PROFILE = good("lombok/AuthorProfile.java");

  /** Lombok's processor, as javac's service loader finds it (its class is package-private). */
  private static Processor lombok() {
    try {
      return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Under ECJ Lombok's processor does nothing: Lombok runs there only as a java agent that patches
   * ECJ (what Eclipse's Lombok installer sets up), and surefire's test-ecj-lombok-agent execution
   * runs this class that way.
   */
  private static void assumeLombokRuns() {
    assumeTrue(!TestedCompiler.isEcj() || lombokAgentLoaded(), "Lombok runs under ECJ only as a java agent");
  }

  private static boolean lombokAgentLoaded() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(argument -> argument.startsWith("-javaagent:") && argument.contains("lombok"));
  }

  private static Compilation compile(Processor... processors) {
    assumeLombokRuns();
    return Compilations.compiler().withProcessors(processors).compile(AUTHOR, AUTHOR_PROFILE);
  }

  private static void assertUsesLombokAccessors(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    String listener = Compilations.text(
        compilation.generatedSourceFile("good.lombok.Author_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("AuthorProfile profile = new AuthorProfile();");
    assertThat(listener).contains("profile.setAuthor(user);");
    assertThat(listener).contains("super(Author.class, AuthorProfile.class, \"author\", OnUpdate.SAVE, OnDelete.DELETE, \"profile\");");
    assertThat(listener).contains("return user.getProfile();");
    assertThat(listener).contains("user.setProfile(profile);");
  }

  @Test
  void lombokFirst() {
    assertUsesLombokAccessors(compile(lombok(), new AutoProfileProcessor()));
  }

  @Test
  void lombokLast() {
    // AutoProfile waits one round for Lombok rather than report the setter it has not written yet
    assertUsesLombokAccessors(compile(new AutoProfileProcessor(), lombok()));
  }

  /**
   * On the model side the user's inverse accessors may be Lombok's: AutoProfile first must wait
   * for Lombok because of the user, not of the annotated model, which uses no Lombok.
   */
  @Test
  void modelSideWaitsForLombokOnTheUserWhicheverRunsFirst() {
    assumeLombokRuns();
    for (Processor[] processors : List.of(
        new Processor[] {lombok(), new AutoProfileProcessor()},
        new Processor[] {new AutoProfileProcessor(), lombok()})) {
      Compilation compilation = Compilations.compiler().withProcessors(processors)
          .compile(good("lombokmodelside/Writer.java"), good("lombokmodelside/Desk.java"));

      assertThat(compilation).succeededWithoutWarnings();
      String listener = Compilations.text(
          compilation.generatedSourceFile("good.lombokmodelside.Desk_AutoProfileListener").orElseThrow());
      assertThat(listener).contains("return user.getDesk();");
      assertThat(listener).contains("user.setDesk(profile);");
    }
  }

  @Test
  void aRealProblemIsStillReportedOnceWhicheverRunsFirst() {
    assumeLombokRuns();
    JavaFileObject source = Compilations.bad("LombokNoSetter.java");
    for (Processor[] processors : List.of(
        new Processor[] {lombok(), new AutoProfileProcessor()},
        new Processor[] {new AutoProfileProcessor(), lombok()})) {
      Compilation compilation = Compilations.compiler().withProcessors(processors).compile(source);

      assertThat(compilation).hadErrorContaining("[AutoProfileUserNotSettable] LombokNoSetterProfile")
          .inFile(source).onLineContaining("model = LombokNoSetterProfile.class");
      assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }
  }

  /** {@code @Setter(AccessLevel.NONE)} writes no setter on purpose: Lombok ran, the problem is real. */
  @Test
  void aSetterLombokWasToldNotToWriteIsReportedAsUsual() {
    assumeLombokRuns();
    JavaFileObject user = Compilations.source("bad.lomboknone.Reader", """
        package bad.lomboknone;

        @jakarta.persistence.Entity
        @dev.autoprofile.AutoProfile(model = ReaderCard.class)
        public class Reader {
          @jakarta.persistence.Id Long id;
        }
        """);
    JavaFileObject model = Compilations.source("bad.lomboknone.ReaderCard", """
        package bad.lomboknone;

        @jakarta.persistence.Entity
        @lombok.Getter
        @lombok.Setter
        @lombok.NoArgsConstructor
        public class ReaderCard {
          @jakarta.persistence.Id private Long id;
          @lombok.Setter(lombok.AccessLevel.NONE)
          @jakarta.persistence.OneToOne(optional = false) private Reader reader;
        }
        """);
    for (Processor[] processors : List.of(
        new Processor[] {lombok(), new AutoProfileProcessor()},
        new Processor[] {new AutoProfileProcessor(), lombok()})) {
      Compilation compilation = Compilations.compiler().withProcessors(processors).compile(user, model);

      assertThat(compilation).hadErrorContaining("[AutoProfileUserNotSettable] ReaderCard");
      assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }
  }

  /**
   * Lombok's annotations resolve from the class path, but its processor is not on the processor
   * path: the error says Lombok did not run, not that a setter is missing.
   */
  @Test
  void withoutLombokTheErrorSaysItDidNotRun() {
    assumeLombokIsNotAnAgent();
    Compilation compilation = Compilations.autoProfile().compile(AUTHOR, AUTHOR_PROFILE);

    assertThat(compilation).hadErrorContaining("[AutoProfileLombokDidNotRun] Author carries Lombok's @Getter, but getId()")
        .inFile(AUTHOR).onLineContaining("@Getter");
    assertDidNotRunIsTheOnlyError(compilation);
  }

  /** A problem Lombok would not fix either is not what is reported while Lombok did not run. */
  @Test
  void withoutLombokAMissingSetterIsReportedAsLombokNotRunning() {
    assumeLombokIsNotAnAgent();
    JavaFileObject source = Compilations.bad("LombokNoSetter.java");
    Compilation compilation = Compilations.autoProfile().compile(source);

    assertThat(compilation).hadErrorContaining("[AutoProfileLombokDidNotRun] LombokNoSetterProfile carries Lombok's @Getter")
        .inFile(source).onLineContaining("@Getter");
    assertDidNotRunIsTheOnlyError(compilation);
  }

  /** On the model side it is the user's Lombok members that are missing: the error is on the user. */
  @Test
  void withoutLombokOnTheModelSideTheUserIsNamed() {
    assumeLombokIsNotAnAgent();
    JavaFileObject writer = good("lombokmodelside/Writer.java");
    Compilation compilation = Compilations.autoProfile().compile(writer, good("lombokmodelside/Desk.java"));

    assertThat(compilation).hadErrorContaining("[AutoProfileLombokDidNotRun] Writer carries Lombok's @Getter")
        .inFile(writer).onLineContaining("@Getter");
    assertDidNotRunIsTheOnlyError(compilation);
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  /**
   * What an Eclipse user without Lombok installed into the IDE gets: Lombok's processor is there
   * but does nothing under ECJ.
   */
  @Test
  void underEcjLombokProcessorWithoutItsAgentDoesNotRun() {
    assumeTrue(TestedCompiler.isEcj(), "Lombok's processor runs under javac");
    assumeLombokIsNotAnAgent();
    for (Processor[] processors : List.of(
        new Processor[] {lombok(), new AutoProfileProcessor()},
        new Processor[] {new AutoProfileProcessor(), lombok()})) {
      Compilation compilation = Compilations.compiler().withProcessors(processors).compile(AUTHOR, AUTHOR_PROFILE);

      assertThat(compilation).hadErrorContaining("[AutoProfileLombokDidNotRun] Author carries Lombok's @Getter")
          .inFile(AUTHOR).onLineContaining("@Getter");
      assertDidNotRunIsTheOnlyError(compilation);
    }
  }

  /** With its agent, Lombok runs under ECJ whatever the processor path says. */
  private static void assumeLombokIsNotAnAgent() {
    assumeTrue(!lombokAgentLoaded(), "Lombok's agent makes Lombok run in every ECJ compilation");
  }

  private static void assertDidNotRunIsTheOnlyError(Compilation compilation) {
    List<Diagnostic<? extends JavaFileObject>> errors = Compilations.tagged(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(1);
    String message = errors.get(0).getMessage(java.util.Locale.ROOT);
    assertThat(message).contains("Lombok did not run");
    assertThat(message).contains("annotationProcessorPaths ahead of AutoProfile's");
    Compilations.assertNoCrash(compilation);
  }
}
