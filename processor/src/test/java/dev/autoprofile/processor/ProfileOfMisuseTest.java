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
 * Every misuse of {@code @ProfileOf} is one tagged ERROR that says how to fix it: on {@code value
 * = ...} when the user is at fault or the model has no way to reference it, on {@code mappedBy =
 * ...} when that is wrong, on the annotation when the annotated model is. None is a crash, none a
 * listener that would fail at run time.
 */
class ProfileOfMisuseTest {
  /** Verbose: a failed compilation keeps no files, so the NOTE is how we learn what was written. */
  private static com.google.testing.compile.Compiler verbose() {
    return Compilations.autoProfile().withOptions("-Aautoprofile.verbose=true");
  }

  private static void assertNothingGenerated(Compilation compilation) {
    assertWithMessage("listeners written").that(Compilations.tagged(compilation, Diagnostic.Kind.NOTE)).isEmpty();
  }

  private static Arguments misuse(String file, Message message, String line, String... mentions) {
    return Arguments.of(file, message, line, mentions);
  }

  static Stream<Arguments> misuses() {
    return Stream.of(
        misuse("OfOnInterface.java", Message.NOT_A_CLASS, "@ProfileOf(",
            "@ProfileOf belongs on a JPA entity class, but OfOnInterface is an interface", "plays the profile"),
        misuse("OfOnRecord.java", Message.NOT_A_CLASS, "@ProfileOf(", "OfOnRecord is a record"),
        misuse("OfString.java", Message.USER_NOT_AN_ENTITY, "value = String.class",
            "@ProfileOf(java.lang.String.class) on OfString: the user java.lang.String is a class without @Entity",
            "Name the user @Entity"),
        misuse("OfInterface.java", Message.USER_NOT_AN_ENTITY, "value = OfInterfaceUser.class",
            "OfInterfaceUser is an interface, not a JPA entity"),
        misuse("OfEnum.java", Message.USER_NOT_AN_ENTITY, "value = OfEnumUser.class", "OfEnumUser is an enum"),
        misuse("OfPrimitive.java", Message.USER_NOT_AN_ENTITY, "value = int.class",
            "the user int is a primitive type"),
        misuse("OfArray.java", Message.USER_NOT_AN_ENTITY, "value = OfArrayUser[].class", "is an array type"),
        misuse("OfPlainUser.java", Message.USER_NOT_AN_ENTITY, "value = OfPlainUserUser.class",
            "OfPlainUserUser is a class without @Entity"),
        misuse("OfMappedSuperclass.java", Message.USER_NOT_AN_ENTITY, "value = OfMappedSuperclassUser.class",
            "OfMappedSuperclassUser is a @MappedSuperclass", "JPA maps associations to entities only",
            "make it an abstract @Entity"),
        misuse("OfGenericUser.java", Message.GENERIC_USER, "value = OfGenericUserUser.class",
            "OfGenericUserUser declares type parameters", "non-generic"),
        misuse("OfPrivateUser.java", Message.USER_NOT_ACCESSIBLE, "value = User.class",
            "OfPrivateUser.User is private, so the generated listener in package bad.profileof.ofprivateuser",
            "package-private or public"),
        misuse("OfUserMissing.java", Message.USER_MISSING, "value = NoSuchUser.class",
            "@ProfileOf(NoSuchUser.class) on OfUserMissing: the compiler cannot resolve this class"),
        misuse("OfUserMissingShorthand.java", Message.USER_MISSING, "@ProfileOf(NoSuchUser.class)",
            "@ProfileOf(NoSuchUser.class) on OfUserMissingShorthand"),
        misuse("OfItself.java", Message.MODEL_IS_USER, "value = OfItself.class",
            "OfItself cannot be its own profile model", "name the other one"),
        misuse("OfModelNotAnEntity.java", Message.MODEL_NOT_AN_ENTITY, "@ProfileOf(",
            "OfModelNotAnEntity of OfModelNotAnEntityUser is a class without @Entity",
            "must be an @Entity class with a @OneToOne attribute of type OfModelNotAnEntityUser"),
        misuse("OfModelAbstract.java", Message.MODEL_ABSTRACT, "@ProfileOf(",
            "OfModelAbstract of OfModelAbstractUser is abstract", "Make it concrete"),
        misuse("OfModelGeneric.java", Message.GENERIC_MODEL, "@ProfileOf(", "OfModelGeneric of OfModelGenericUser"),
        misuse("OfModelInner.java", Message.MODEL_INNER_CLASS, "@ProfileOf(", "OfModelInner.Profile", "static"),
        misuse("OfModelPrivate.java", Message.MODEL_NOT_ACCESSIBLE, "@ProfileOf(",
            "OfModelPrivate.Profile cannot be used from package bad.profileof.ofmodelprivate"),
        misuse("OfNoUserAttribute.java", Message.NO_USER_ATTRIBUTE, "value = OfNoUserAttributeUser.class",
            "OfNoUserAttribute has no attribute of type OfNoUserAttributeUser",
            "@OneToOne(optional = false) OfNoUserAttributeUser user;"),
        misuse("OfAmbiguous.java", Message.AMBIGUOUS_USER_ATTRIBUTE, "@ProfileOf(", "(owner, creator)",
            "@ProfileOf(value = OfAmbiguousUser.class, mappedBy = \"owner\")"),
        misuse("OfMappedByNotFound.java", Message.MAPPED_BY_NOT_FOUND, "mappedBy = \"ownr\"",
            "OfMappedByNotFound has no such attribute", ": owner."),
        misuse("OfMappedByWrongType.java", Message.MAPPED_BY_WRONG_TYPE, "mappedBy = \"name\"",
            "OfMappedByWrongType.name has type java.lang.String", ": owner."),
        misuse("OfManyToOne.java", Message.NOT_ONE_TO_ONE, "value = OfManyToOneUser.class",
            "OfManyToOne.user references the user but is a @ManyToOne"),
        misuse("OfNoConstructor.java", Message.NO_CONSTRUCTOR, "@ProfileOf(",
            "OfNoConstructor has no constructor", "OfNoConstructor(OfNoConstructorUser user)"),
        misuse("OfNotSettable.java", Message.USER_NOT_SETTABLE, "@ProfileOf(",
            "OfNotSettable is built with its no-argument constructor", "setUser(OfNotSettableUser)"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("misuses")
  void reportsOneLocatedError(String file, Message message, String line, String[] mentions) {
    JavaFileObject source = bad("profileof/" + file);
    Compilation compilation = verbose().compile(source);

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
    assertNothingGenerated(compilation);
    Compilations.assertNoCrash(compilation);
  }

  /** Both sides in one compilation: each reports, where its annotation names the other class. */
  @Test
  void samePairDeclaredOnBothSidesIsAnErrorOnEachSide() {
    JavaFileObject source = bad("profileof/OfDeclaredTwice.java");
    Compilation compilation = verbose().compile(source);

    String text = "[AutoProfileDeclaredTwice] The pair of user OfDeclaredTwiceUser and profile model OfDeclaredTwice "
        + "is declared twice";
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining("value = OfDeclaredTwiceUser.class");
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining("model = OfDeclaredTwice.class");
    assertThat(compilation).hadErrorContaining("Keep one of them.");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
    assertNothingGenerated(compilation);
    Compilations.assertNoCrash(compilation);
  }

  /** The user names its model by convention: the user side's error lands on its annotation. */
  @Test
  void samePairDeclaredTwiceWithTheModelByConvention() {
    JavaFileObject user = Compilations.source("bad.convention.Guest", """
        package bad.convention;

        @jakarta.persistence.Entity
        @dev.autoprofile.AutoProfile
        public class Guest {
          @jakarta.persistence.Id Long id;
        }
        """);
    JavaFileObject model = Compilations.source("bad.convention.GuestProfile", """
        package bad.convention;

        @jakarta.persistence.Entity
        @dev.autoprofile.ProfileOf(Guest.class)
        public class GuestProfile {
          @jakarta.persistence.Id Long id;
          @jakarta.persistence.OneToOne Guest guest;
        }
        """);
    Compilation compilation = verbose().compile(user, model);

    assertThat(compilation).hadErrorContaining("[AutoProfileDeclaredTwice]").inFile(user)
        .onLineContaining("@dev.autoprofile.AutoProfile");
    assertThat(compilation).hadErrorContaining("[AutoProfileDeclaredTwice]").inFile(model)
        .onLineContaining("@dev.autoprofile.ProfileOf(Guest.class)");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
    assertNothingGenerated(compilation);
    Compilations.assertNoCrash(compilation);
  }

  @Test
  void inaccessibleInverseSideIsAWarningOnValueAndStillGenerates() {
    JavaFileObject source = bad("profileof/OfInverseHidden.java");
    Compilation compilation = verbose().compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[AutoProfileInverseNotAccessible] OfInverseHiddenUser.profile")
        .inFile(source).onLineContaining("value = OfInverseHiddenUser.class");
    assertThat(compilation).generatedSourceFile("bad.profileof.ofinversehidden.OfInverseHidden_AutoProfileListener");
  }

  @Test
  void onAnInterfaceCarryingBothAnnotationsOneErrorOnTheFirst() {
    JavaFileObject source = Compilations.source("bad.both.Both", """
        package bad.both;

        @dev.autoprofile.AutoProfile(model = Both.class)
        @dev.autoprofile.ProfileOf(Both.class)
        public interface Both {}
        """);
    Compilation compilation = verbose().compile(source);

    assertThat(compilation).hadErrorContaining("[AutoProfileNotAClass] @AutoProfile belongs on a JPA entity class")
        .inFile(source).onLineContaining("@dev.autoprofile.AutoProfile");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    Compilations.assertNoCrash(compilation);
  }

  /** One bad pair of a class that is user and model at once does not hide the other pair's error. */
  @Test
  void bothSidesOfOneClassAreChecked() {
    JavaFileObject source = Compilations.source("bad.twosides.Middle", """
        package bad.twosides;

        import jakarta.persistence.*;

        @Entity
        @dev.autoprofile.AutoProfile(
            model = Card.class)
        @dev.autoprofile.ProfileOf(
            value = String.class)
        public class Middle {
          @Id Long id;
        }

        @Entity
        abstract class Card {
          @Id Long id;
          @OneToOne Middle middle;
        }
        """);
    Compilation compilation = verbose().compile(source);

    assertThat(compilation).hadErrorContaining("[AutoProfileModelAbstract]").inFile(source)
        .onLineContaining("model = Card.class");
    assertThat(compilation).hadErrorContaining("[AutoProfileUserNotAnEntity]").inFile(source)
        .onLineContaining("value = String.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
    assertNothingGenerated(compilation);
    Compilations.assertNoCrash(compilation);
  }

  /** Behind a wrapped environment the Tree API is out of reach; the unresolved value is still named. */
  @Test
  void behindAWrappedEnvironmentAnUnresolvedUserIsStillDescribed() {
    JavaFileObject source = bad("profileof/OfUserMissing.java");
    Compilation compilation = Compilations.compiler()
        .withProcessors(new RecordingProcessor(new AutoProfileProcessor())).compile(source);

    // javac's unresolved class value prints as <error>, ECJ's as the source text
    assertThat(compilation).hadErrorContaining("[AutoProfileUserMissing] @ProfileOf("
        + (TestedCompiler.isEcj() ? "NoSuchUser.class" : "...") + ") on OfUserMissing")
        .inFile(source).onLineContaining("value = NoSuchUser.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }
}
