package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties every generated listener has, checked over all the good sources at once. */
class GeneratedCodeTest {
  private static List<JavaFileObject> goodSources() {
    return GoldenCases.goodPaths().stream().map(Compilations::good).toList();
  }

  private static List<JavaFileObject> listeners(Compilation compilation) {
    return GoldenCases.listeners().stream().map(name -> compilation.generatedSourceFile(name).orElseThrow()).toList();
  }

  private static List<String> strictWithoutProcessors() {
    List<String> options = new ArrayList<>(List.of("-proc:none"));
    options.addAll(TestedCompiler.current().strictWarnings());
    return options;
  }

  @Test
  void generatedCodeCompilesWithoutWarningsUnderXlintAllWerror() {
    Compilation generation = Compilations.autoProfile().compile(goodSources());
    assertThat(generation).succeededWithoutWarnings();

    List<JavaFileObject> all = new ArrayList<>(goodSources());
    for (String listener : GoldenCases.listeners()) {
      all.add(Compilations.source(listener, generation.generatedSourceFile(listener).orElseThrow()));
    }
    // -proc:none: only the generated code is under test here
    Compilation strict = Compilations.compiler().withOptions(strictWithoutProcessors()).compile(all);
    assertThat(strict).succeededWithoutWarnings();
  }

  /**
   * javac's processing lint warns about annotations no processor claims: ours, and the
   * {@code @Generated} on the listeners we write, are claimed, so they never appear there.
   */
  @Test
  void ourAnnotationsAreClaimedSoProcessingLintDoesNotNameThem() {
    Compilation compilation = Compilations.autoProfile().withOptions("-Xlint:processing").compile(goodSources());

    assertThat(compilation).succeeded();
    for (var warning : compilation.warnings()) {
      String text = warning.getMessage(null);
      assertWithMessage(text).that(text).doesNotContain("dev.autoprofile.AutoProfile");
      assertWithMessage(text).that(text).doesNotContain("javax.annotation.processing.Generated");
    }
  }

  @Test
  void javadocSaysWhenSubclassesAreCovered() {
    Compilation compilation = Compilations.autoProfile()
        .compile(good("mappedsuperclass/BaseUser.java"), good("mappedsuperclass/Badge.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.mappedsuperclass.BaseUser_AutoProfileListener")
        .contentsAsUtf8String()
        .contains(" * <p>{@code BaseUser} is a mapped superclass: this covers each of its entity subclasses.\n");
  }

  /** Entities named like the types the listener uses: JavaPoet must qualify, and it must compile. */
  @Test
  void namesThatClashWithTheListenersOwnTypesStillCompile() {
    List<JavaFileObject> sources = List.of(good("clash/ProfilePair.java"), good("clash/List.java"),
        good("clash/Override.java"), good("clash/Generated.java"));
    Compilation generation = Compilations.autoProfile().compile(sources);
    assertThat(generation).succeededWithoutWarnings();

    List<JavaFileObject> all = new ArrayList<>(sources);
    for (String listener : List.of("good.clash.ProfilePair_AutoProfileListener", "good.clash.Override_AutoProfileListener")) {
      all.add(Compilations.source(listener, generation.generatedSourceFile(listener).orElseThrow()));
    }
    assertThat(Compilations.compiler().withOptions(strictWithoutProcessors()).compile(all))
        .succeededWithoutWarnings();
  }

  @Test
  void outputIsByteIdenticalAcrossCompilationsAndSourceOrder() throws IOException {
    List<JavaFileObject> sources = goodSources();
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);

    Map<String, byte[]> first = bytes(Compilations.autoProfile().compile(sources));
    Map<String, byte[]> second = bytes(Compilations.autoProfile().compile(reversed));

    assertThat(first.keySet()).containsExactlyElementsIn(second.keySet());
    assertThat(first).hasSize(GoldenCases.ALL.size());
    for (String name : first.keySet()) {
      assertWithMessage(name).that(second.get(name)).isEqualTo(first.get(name));
    }
  }

  private static Map<String, byte[]> bytes(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try (InputStream in = file.openInputStream()) {
        files.put(file.toUri().getPath(), in.readAllBytes());
      }
    }
    return files;
  }

  @Test
  void everyFileHasExactlyOneOriginatingElementTheAnnotatedClass() {
    RecordingProcessor recording = new RecordingProcessor(new AutoProfileProcessor());
    Compilation compilation = Compilations.compiler().withProcessors(recording).compile(goodSources());

    assertThat(compilation).succeeded();
    assertThat(recording.created.stream().map(RecordingProcessor.Created::name).toList())
        .containsExactlyElementsIn(GoldenCases.listeners());
    for (RecordingProcessor.Created file : recording.created) {
      assertWithMessage(file.name()).that(file.originatingElements()).hasSize(1);
      TypeElement origin = (TypeElement) file.originatingElements().get(0);
      String user = origin.getQualifiedName().toString().replace("Outer.", "Outer_");
      assertWithMessage(file.name()).that(file.name()).isEqualTo(user + "_AutoProfileListener");
    }
  }

  @Test
  void generatedTextIsReadableAndReflectionFree() {
    Compilation compilation = Compilations.autoProfile().compile(goodSources());
    for (JavaFileObject file : listeners(compilation)) {
      String text = Compilations.text(file);
      String name = file.getName();
      assertWithMessage(name).that(text)
          .contains("@Generated(\"dev.autoprofile.processor.AutoProfileProcessor\")\n");
      assertWithMessage(name).that(text).doesNotContainMatch("@Generated\\([^)]*date");
      assertWithMessage(name).that(text).containsMatch("(?s)/\\*\\*\n \\* Creates the profile");
      String code = text.substring(text.indexOf("\n/**")) // after package and imports
          .replace("@Generated(\"dev.autoprofile.processor.AutoProfileProcessor\")", "@Generated");
      for (String forbidden : List.of("dev.autoprofile.", "java.util.", "jakarta.", "good.",
          "reflect", "forName", "getDeclared", "setAccessible", "MethodHandle")) {
        assertWithMessage("%s: no fully qualified names, no reflection", name).that(code).doesNotContain(forbidden);
      }
      Stream.of(text.split("\n")).forEach(line ->
          assertWithMessage("%s: line longer than 100 columns", name).that(line.length()).isAtMost(100));
    }
  }

  @Test
  void modelsWithTheSameSimpleNameGetTheirOwnNestedClass() {
    Compilation compilation = Compilations.autoProfile().compile(
        good("samename/Member.java"), good("samename/a/Profile.java"), good("samename/b/Profile.java"));

    assertThat(compilation).succeededWithoutWarnings();
    String listener = Compilations.text(
        compilation.generatedSourceFile("good.samename.Member_AutoProfileListener").orElseThrow());
    assertThat(listener).contains("super(Member.class, new ProfileOfMember(), new ProfileOfMember2());");
    assertThat(listener).contains("import good.samename.a.Profile;");
    assertThat(listener).contains("class ProfileOfMember extends ProfilePair<Member, Profile>");
    assertThat(listener).contains("class ProfileOfMember2 extends ProfilePair<Member, good.samename.b.Profile>");
  }
}
