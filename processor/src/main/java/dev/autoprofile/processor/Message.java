package dev.autoprofile.processor;

import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor prints. Each starts with a searchable tag, public and never
 * renamed, and says how to fix what it reports; tests assert on these texts. A constant is named
 * after its tag ({@code GENERIC_USER} for {@code AutoProfileGenericUser}), and its format numbers
 * its arguments ({@code %1$s}), so each value is passed once however often the text repeats it.
 * Where the fix reads otherwise on the model side, a constant has a second text, printed on
 * {@code @ProfileOf}; the tag is the same.
 */
enum Message {
  NOT_A_CLASS(Kind.ERROR, "AutoProfileNotAClass",
      "%1$s belongs on a JPA entity class, but %2$s is %3$s. Move it to the entity class that plays the "
          + "%4$s."),
  USER_NOT_AN_ENTITY(Kind.ERROR, "AutoProfileUserNotAnEntity",
      "%1$s is not a JPA entity. Annotate it with @jakarta.persistence.Entity (or @MappedSuperclass), "
          + "or move @AutoProfile to the user entity.",
      "@ProfileOf(%1$s.class) on %3$s: the user %1$s is %2$s, not a JPA entity, and JPA maps associations "
          + "to entities only. Name the user @Entity (abstract allowed); for a @MappedSuperclass, make it an "
          + "abstract @Entity or name one of its entity subclasses."),
  USER_MISSING(Kind.ERROR, "AutoProfileUserMissing",
      "@ProfileOf(%1$s) on %2$s: the compiler cannot resolve this class (see its own error). Check its "
          + "name, import and visibility, or the annotation processor that should generate it."),
  USER_NOT_ACCESSIBLE(Kind.ERROR, "AutoProfileUserNotAccessible",
      "%1$s is %2$s, so the generated listener in %3$s cannot use it. Make it %4$s%5$s."),
  GENERIC_USER(Kind.ERROR, "AutoProfileGenericUser",
      "%1$s declares type parameters, which the generated listener cannot supply. Use a non-generic "
          + "entity as user."),
  MODEL_NOT_FOUND(Kind.ERROR, "AutoProfileModelNotFound",
      "No profile model for %1$s: @AutoProfile without model looks for the entity %2$s, which does not "
          + "exist. Create it, or name the model: @AutoProfile(model = MyProfile.class)."),
  MODEL_MISSING(Kind.ERROR, "AutoProfileModelMissing",
      "@AutoProfile(model = %1$s) on %2$s: the compiler cannot resolve this class (see its own error). "
          + "Check its name, import and visibility, or the annotation processor that should generate it."),
  MODEL_NOT_AN_ENTITY(Kind.ERROR, "AutoProfileModelNotAnEntity",
      "The profile model %1$s of %2$s is %3$s, not a JPA entity. A profile model must be an @Entity class "
          + "with a @OneToOne attribute of type %2$s."),
  MODEL_ABSTRACT(Kind.ERROR, "AutoProfileModelAbstract",
      "The profile model %1$s of %2$s is abstract and cannot be created. Make it concrete, or use a "
          + "concrete @Entity as profile model."),
  GENERIC_MODEL(Kind.ERROR, "AutoProfileGenericModel",
      "The profile model %1$s of %2$s declares type parameters. Use a non-generic @Entity as profile "
          + "model."),
  MODEL_INNER_CLASS(Kind.ERROR, "AutoProfileModelInnerClass",
      "The profile model %1$s of %2$s is an inner class: it cannot be created without an enclosing "
          + "instance. Make it a static nested or top-level class, as JPA requires of entities."),
  MODEL_IS_USER(Kind.ERROR, "AutoProfileModelIsUser",
      "%1$s cannot be its own profile model. A user and its profile are two entities, the profile "
          + "referencing the user through a @OneToOne: name the other one."),
  MODEL_REPEATED(Kind.ERROR, "AutoProfileModelRepeated",
      "%1$s names %2$s as profile model more than once. Remove the repeated @AutoProfile."),
  DECLARED_TWICE(Kind.ERROR, "AutoProfileDeclaredTwice",
      "The pair of user %1$s and profile model %2$s is declared twice, by @AutoProfile on %1$s and by "
          + "@ProfileOf on %2$s, and each would create the profile. Keep one of them."),
  MODEL_NOT_ACCESSIBLE(Kind.ERROR, "AutoProfileModelNotAccessible",
      "The profile model %1$s cannot be used from %2$s, where the generated listener lives. Make it (and "
          + "any class enclosing it) %3$s."),
  NO_USER_ATTRIBUTE(Kind.ERROR, "AutoProfileNoUserAttribute",
      "The profile model %1$s has no attribute of type %2$s. Add one: @OneToOne(optional = false) %2$s user;"),
  AMBIGUOUS_USER_ATTRIBUTE(Kind.ERROR, "AutoProfileAmbiguousUserAttribute",
      "The profile model %1$s has several attributes of type %2$s (%3$s). Say which one references the "
          + "user: %4$s(%5$s = %6$s.class, mappedBy = \"%7$s\")."),
  MAPPED_BY_NOT_FOUND(Kind.ERROR, "AutoProfileMappedByNotFound",
      "mappedBy = \"%1$s\": the profile model %2$s has no such attribute. Name one of its attributes of "
          + "type %3$s: %4$s."),
  MAPPED_BY_WRONG_TYPE(Kind.ERROR, "AutoProfileMappedByWrongType",
      "mappedBy = \"%1$s\": %2$s.%1$s has type %3$s, which cannot hold a %4$s. Name one of its attributes "
          + "of that type: %5$s."),
  NOT_ONE_TO_ONE(Kind.ERROR, "AutoProfileNotOneToOne",
      "%1$s.%2$s references the user but is %3$s: a %4$s has exactly one %1$s. Annotate the attribute "
          + "with @OneToOne (and @MapsId to share the user's key)."),
  NO_CONSTRUCTOR(Kind.ERROR, "AutoProfileNoConstructor",
      "The profile model %1$s has no constructor that the generated listener can call. Add a %2$s "
          + "constructor %3$s(%4$s user), or a %2$s no-argument one."),
  KOTLIN_CONSTRUCTOR(Kind.ERROR, "AutoProfileKotlinConstructor",
      "The Kotlin profile model %1$s has no constructor %1$s(%2$s) that Java, and so the generated listener, "
          + "can call: its constructor taking the user gives the other parameters default values, which only "
          + "Kotlin callers get. Add @JvmOverloads to that constructor (class %1$s @JvmOverloads constructor(...)), "
          + "or a secondary constructor(user: %2$s) : this(user, ...)."),
  USER_NOT_SETTABLE(Kind.ERROR, "AutoProfileUserNotSettable",
      "%1$s is built with its no-argument constructor, but the generated listener cannot set its "
          + "attribute %2$s. Add a %3$s setter %4$s(%5$s), make the field %3$s and not final, or add a "
          + "constructor %1$s(%5$s user)."),
  LOMBOK_DID_NOT_RUN(Kind.ERROR, "AutoProfileLombokDidNotRun",
      "%1$s carries Lombok's @%2$s, but %3$s, which Lombok writes, is missing: Lombok did not run. Put Lombok "
          + "on the processor path before AutoProfile (Maven: its <path> in annotationProcessorPaths ahead of "
          + "AutoProfile's; Gradle: annotationProcessor); in Eclipse, install Lombok into the IDE."),
  INVERSE_NOT_ACCESSIBLE(Kind.WARNING, "AutoProfileInverseNotAccessible",
      "%1$s.%2$s maps the profile, but the generated listener can neither read nor write it, so it stays "
          + "null until the user is reloaded. Add %3$s getter and setter, or make the field %3$s."),
  INVALID_OPTION(Kind.ERROR, "AutoProfileInvalidOption",
      "Option -A%1$s=%2$s is not valid. Valid values: %3$s."),
  INTERNAL_ERROR(Kind.ERROR, "AutoProfileInternalError",
      "The AutoProfile processor failed on %1$s; no listener was generated for it. This is a bug in "
          + "AutoProfile: please report it with this stack trace: %2$s"),
  GENERATED(Kind.NOTE, "AutoProfileGenerated",
      "Generated %1$s for %2$s.");

  private final Kind kind;
  private final String tag;
  private final String format;
  /** The text printed on a {@code @ProfileOf}, where the fix reads otherwise. */
  private final String profileOfFormat;

  Message(Kind kind, String tag, String format) {
    this(kind, tag, format, format);
  }

  Message(Kind kind, String tag, String format, String profileOfFormat) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
    this.profileOfFormat = profileOfFormat;
  }

  Kind kind() {
    return kind;
  }

  /** The searchable tag, without brackets: {@code AutoProfileModelAbstract}. */
  String tag() {
    return tag;
  }

  /**
   * The formats, without tag: the one printed on {@code @AutoProfile} and elsewhere, then the one
   * printed on {@code @ProfileOf} if it differs. Arguments numbered {@code %1$s}, {@code %2$s}, ...
   */
  List<String> templates() {
    return format.equals(profileOfFormat) ? List.of(format) : List.of(format, profileOfFormat);
  }

  /** The message text for {@code args}, starting with its tag. */
  String format(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }

  /** The message text for {@code args} as printed on the annotation of {@code side}. */
  String formatOn(PairAnnotation.Side side, Object... args) {
    return "[" + tag + "] " + String.format(side == PairAnnotation.Side.MODEL ? profileOfFormat : format, args);
  }
}
