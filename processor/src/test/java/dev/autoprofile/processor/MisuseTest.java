package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.bad;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every misuse is one tagged ERROR, on the annotation or on the offending annotation value, that
 * names the element and says how to fix it; none is a crash.
 */
class MisuseTest {

  private static Arguments misuse(String file, Message message, String line, String... mentions) {
    return Arguments.of(file, message, line, mentions);
  }

  static Stream<Arguments> misuses() {
    return Stream.of(
        misuse("OnInterface.java", Message.NOT_A_CLASS, "@AutoProfile", "OnInterface is an interface", "Move it"),
        misuse("OnEnum.java", Message.NOT_A_CLASS, "@AutoProfile", "OnEnum is an enum"),
        misuse("OnRecord.java", Message.NOT_A_CLASS, "@AutoProfile", "OnRecord is a record"),
        misuse("OnAnnotationType.java", Message.NOT_A_CLASS, "@AutoProfile",
            "OnAnnotationType is an annotation type"),
        misuse("NotAnEntity.java", Message.USER_NOT_AN_ENTITY, "@AutoProfile",
            "bad.notanentity.NotAnEntity is not a JPA entity", "@jakarta.persistence.Entity"),
        misuse("RepeatedNotAnEntity.java", Message.USER_NOT_AN_ENTITY, "@AutoProfile( // first",
            "RepeatedNotAnEntity is not a JPA entity"),
        misuse("GenericUser.java", Message.GENERIC_USER, "@AutoProfile", "GenericUser", "non-generic"),
        misuse("ModelIsClass.java", Message.MODEL_NOT_AN_ENTITY, "model = ModelIsClassProfile.class",
            "ModelIsClassProfile of ModelIsClass is a class without @Entity", "@OneToOne"),
        misuse("ModelIsEnum.java", Message.MODEL_NOT_AN_ENTITY, "model = ModelIsEnumProfile.class",
            "ModelIsEnumProfile of ModelIsEnum is an enum"),
        misuse("ModelIsRecord.java", Message.MODEL_NOT_AN_ENTITY, "model = ModelIsRecordProfile.class",
            "ModelIsRecordProfile of ModelIsRecord is a record"),
        misuse("ModelIsInterface.java", Message.MODEL_NOT_AN_ENTITY, "model = ModelIsInterfaceProfile.class",
            "ModelIsInterfaceProfile of ModelIsInterface is an interface"),
        misuse("ModelPrimitive.java", Message.MODEL_NOT_AN_ENTITY, "model = int.class",
            "int of ModelPrimitive is a primitive type"),
        misuse("ModelAbstract.java", Message.MODEL_ABSTRACT, "model = AbstractProfile.class",
            "AbstractProfile of ModelAbstract is abstract", "concrete @Entity"),
        misuse("ModelGeneric.java", Message.GENERIC_MODEL, "model = GenericProfile.class",
            "GenericProfile of ModelGeneric declares type parameters"),
        misuse("ModelInner.java", Message.MODEL_INNER_CLASS, "model = ModelInner.Profile.class",
            "ModelInner.Profile of ModelInner is an inner class", "static"),
        misuse("ModelIsUser.java", Message.MODEL_IS_USER, "model = ModelIsUser.class",
            "ModelIsUser cannot be its own profile model"),
        misuse("ModelRepeated.java", Message.MODEL_REPEATED, "    model = RepeatedProfile.class",
            "ModelRepeated names RepeatedProfile as profile model more than once"),
        misuse("NoUserAttribute.java", Message.NO_USER_ATTRIBUTE, "model = NoUserAttributeProfile.class",
            "NoUserAttributeProfile has no attribute of type NoUserAttribute",
            "@OneToOne(optional = false) NoUserAttribute user;"),
        misuse("Ambiguous.java", Message.AMBIGUOUS_USER_ATTRIBUTE, "@AutoProfile",
            "(owner, creator)", "mappedBy = \"owner\""),
        misuse("MappedByNotFound.java", Message.MAPPED_BY_NOT_FOUND, "mappedBy = \"ownr\"",
            "MappedByNotFoundProfile has no such attribute", ": owner."),
        misuse("MappedByWrongType.java", Message.MAPPED_BY_WRONG_TYPE, "mappedBy = \"name\"",
            "MappedByWrongTypeProfile.name has type java.lang.String", ": owner."),
        misuse("ManyToOneUser.java", Message.NOT_ONE_TO_ONE, "model = ManyToOneProfile.class",
            "ManyToOneProfile.user references the user but is a @ManyToOne", "@OneToOne"),
        misuse("ManyToOneMappedBy.java", Message.NOT_ONE_TO_ONE, "mappedBy = \"editor\"",
            "ManyToOneMappedByProfile.editor references the user but is a @ManyToOne"),
        misuse("NoConstructor.java", Message.NO_CONSTRUCTOR, "model = NoConstructorProfile.class",
            "NoConstructorProfile has no constructor", "non-private constructor NoConstructorProfile(NoConstructor user)"),
        misuse("NotSettable.java", Message.USER_NOT_SETTABLE, "model = NotSettableProfile.class",
            "NotSettableProfile is built with its no-argument constructor", "setUser(NotSettable)",
            "constructor NotSettableProfile(NotSettable user)"),
        misuse("PrivateNestedUser.java", Message.USER_NOT_ACCESSIBLE, "@AutoProfile",
            "PrivateNestedUser.User is private", "package-private or public"),
        misuse("PrivateNestedModel.java", Message.MODEL_NOT_ACCESSIBLE, "model = Profile.class",
            "PrivateNestedModel.Profile cannot be used from package bad.privatenestedmodel"),
        misuse("ConventionMissing.java", Message.MODEL_NOT_FOUND, "@AutoProfile",
            "looks for the entity bad.conventionmissing.ConventionMissingProfile", "model = MyProfile.class"),
        misuse("ModelMissing.java", Message.MODEL_MISSING, "model = NoSuchProfile.class",
            "@AutoProfile(model = NoSuchProfile.class) on ModelMissing: the compiler cannot resolve"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("misuses")
  void reportsOneLocatedError(String file, Message message, String line, String[] mentions) {
    JavaFileObject source = bad(file);
    Compilation compilation = Compilations.autoProfile().compile(source);

    assertThat(compilation).failed();
    String tag = "[" + message.tag() + "] ";
    if (file.endsWith("OnRecord.java") && !TestedCompiler.current().placesDiagnosticsOnRecords()) {
      assertThat(compilation).hadErrorContaining(tag);
    } else {
      assertThat(compilation).hadErrorContaining(tag).inFile(source).onLineContaining(line);
    }
    List<Diagnostic<? extends JavaFileObject>> errors = Compilations.tagged(compilation, Diagnostic.Kind.ERROR);
    assertWithMessage("our errors").that(errors).hasSize(1);
    String text = errors.get(0).getMessage(Locale.ROOT);
    for (String mention : mentions) {
      assertThat(text).contains(mention);
    }
    Compilations.assertNoCrash(compilation);
  }

  @Test
  void inaccessibleInverseSideIsAWarningAndStillGenerates() {
    JavaFileObject source = bad("InverseHidden.java");
    Compilation compilation = Compilations.autoProfile().compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[AutoProfileInverseNotAccessible] InverseHidden.profile")
        .inFile(source).onLineContaining("@AutoProfile");
    assertThat(compilation).generatedSourceFile("bad.inversehidden.InverseHidden_AutoProfileListener");
  }

  /**
   * Behind a wrapped processing environment (Gradle's incremental mode wraps javac's) the Tree
   * API is out of reach: an error inside repeated annotations then lands on the class. ECJ's own
   * Messager places it inside them, wrapped or not.
   */
  @Test
  void behindAWrappedEnvironmentRepeatedAnnotationErrorsFallBackToTheClass() {
    JavaFileObject source = bad("ModelRepeated.java");
    Compilation compilation = Compilations.compiler()
        .withProcessors(new RecordingProcessor(new AutoProfileProcessor())).compile(source);

    assertThat(compilation).hadErrorContaining("[AutoProfileModelRepeated]").inFile(source)
        .onLineContaining(TestedCompiler.isEcj() ? "    model = RepeatedProfile.class" : "public class ModelRepeated");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(compilation);
  }

  /** javac's unresolved class value prints as {@code <error>}, ECJ's as the source text. */
  @Test
  void behindAWrappedEnvironmentAnUnresolvedModelIsStillDescribed() {
    JavaFileObject source = bad("ModelMissing.java");
    Compilation compilation = Compilations.compiler()
        .withProcessors(new RecordingProcessor(new AutoProfileProcessor())).compile(source);

    assertThat(compilation)
        .hadErrorContaining("[AutoProfileModelMissing] @AutoProfile(model = "
            + (TestedCompiler.isEcj() ? "NoSuchProfile.class" : "...") + ") on ModelMissing: the compiler cannot resolve")
        .inFile(source).onLineContaining("model = NoSuchProfile.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }

  @Test
  void oneBadClassDoesNotHideTheNextOnesErrors() {
    JavaFileObject first = bad("ModelAbstract.java");
    JavaFileObject second = bad("NotSettable.java");
    JavaFileObject third = bad("OnEnum.java");
    Compilation compilation = Compilations.autoProfile().compile(first, second, third);

    assertThat(compilation).hadErrorContaining("[AutoProfileModelAbstract]").inFile(first)
        .onLineContaining("model = AbstractProfile.class");
    assertThat(compilation).hadErrorContaining("[AutoProfileUserNotSettable]").inFile(second)
        .onLineContaining("model = NotSettableProfile.class");
    assertThat(compilation).hadErrorContaining("[AutoProfileNotAClass]").inFile(third)
        .onLineContaining("@AutoProfile");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
    Compilations.assertNoCrash(compilation);
  }

  @Test
  void everyModelOfOneUserIsChecked() {
    JavaFileObject source = bad("TwoBadModels.java");
    Compilation compilation = Compilations.autoProfile().compile(source);

    assertThat(compilation).hadErrorContaining("[AutoProfileModelAbstract]").inFile(source)
        .onLineContaining("model = Abstract.class");
    assertThat(compilation).hadErrorContaining("[AutoProfileNoUserAttribute]").inFile(source)
        .onLineContaining("model = Unrelated.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
  }
}
