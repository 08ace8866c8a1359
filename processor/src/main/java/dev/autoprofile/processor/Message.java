package dev.autoprofile.processor;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor prints. Each starts with a searchable tag and says how to fix
 * what it reports; tests assert on these texts.
 */
enum Message {
  NOT_A_CLASS(Kind.ERROR, "AutoProfileNotAClass",
      "@AutoProfile belongs on a JPA entity class, but %s is %s. Move it to the entity class that plays "
          + "the user."),
  USER_NOT_AN_ENTITY(Kind.ERROR, "AutoProfileUserNotAnEntity",
      "%s is not a JPA entity. Annotate it with @jakarta.persistence.Entity (or @MappedSuperclass), "
          + "or move @AutoProfile to the user entity."),
  USER_NOT_ACCESSIBLE(Kind.ERROR, "AutoProfileUserNotAccessible",
      "%s is private, so its generated listener cannot use it. Make it package-private or public%s."),
  USER_GENERIC(Kind.ERROR, "AutoProfileGenericUser",
      "%s declares type parameters. Put @AutoProfile on a non-generic entity."),
  MODEL_NOT_FOUND(Kind.ERROR, "AutoProfileModelNotFound",
      "No profile model for %s: @AutoProfile without model looks for the entity %s, which does not exist. "
          + "Create it, or name the model: @AutoProfile(model = MyProfile.class)."),
  MODEL_MISSING(Kind.ERROR, "AutoProfileModelMissing",
      "@AutoProfile(model = %s) on %s: the compiler cannot resolve this class (see its own error). "
          + "Check its name, import and visibility, or the annotation processor that should generate it."),
  MODEL_NOT_AN_ENTITY(Kind.ERROR, "AutoProfileModelNotAnEntity",
      "The profile model %s of %s is %s, not a JPA entity. Name an @Entity class with a @OneToOne "
          + "attribute of type %s."),
  MODEL_ABSTRACT(Kind.ERROR, "AutoProfileModelAbstract",
      "The profile model %s of %s is abstract and cannot be created. Name a concrete @Entity as model."),
  MODEL_GENERIC(Kind.ERROR, "AutoProfileGenericModel",
      "The profile model %s of %s declares type parameters. Name a non-generic @Entity as model."),
  MODEL_INNER_CLASS(Kind.ERROR, "AutoProfileModelInnerClass",
      "The profile model %s of %s is an inner class: it cannot be created without an enclosing "
          + "instance. Make it a static nested or top-level class, as JPA requires of entities."),
  MODEL_IS_USER(Kind.ERROR, "AutoProfileModelIsUser",
      "%s cannot be its own profile model. Name a separate @Entity that references %s through a "
          + "@OneToOne."),
  MODEL_REPEATED(Kind.ERROR, "AutoProfileModelRepeated",
      "%s names %s as profile model more than once. Remove the repeated @AutoProfile."),
  MODEL_NOT_ACCESSIBLE(Kind.ERROR, "AutoProfileModelNotAccessible",
      "The profile model %s cannot be used from %s, where the generated listener lives. Make it (and "
          + "any class enclosing it) %s."),
  NO_USER_ATTRIBUTE(Kind.ERROR, "AutoProfileNoUserAttribute",
      "The profile model %s has no attribute of type %s. Add one: @OneToOne(optional = false) %s user;"),
  AMBIGUOUS_USER_ATTRIBUTE(Kind.ERROR, "AutoProfileAmbiguousUserAttribute",
      "The profile model %s has several attributes of type %s (%s). Say which one references the user: "
          + "@AutoProfile(model = %s.class, mappedBy = \"%s\")."),
  MAPPED_BY_NOT_FOUND(Kind.ERROR, "AutoProfileMappedByNotFound",
      "mappedBy = \"%s\": the profile model %s has no such attribute. Name one of its attributes of "
          + "type %s: %s."),
  MAPPED_BY_WRONG_TYPE(Kind.ERROR, "AutoProfileMappedByWrongType",
      "mappedBy = \"%s\": %s.%s has type %s, which cannot hold a %s. Name one of its attributes of "
          + "that type: %s."),
  NOT_ONE_TO_ONE(Kind.ERROR, "AutoProfileNotOneToOne",
      "%s.%s references the user but is %s: a %s has exactly one %s. Annotate the attribute with "
          + "@OneToOne (and @MapsId to share the user's key)."),
  NO_CONSTRUCTOR(Kind.ERROR, "AutoProfileNoConstructor",
      "The profile model %s has no constructor that the generated listener can call. Add a %s "
          + "constructor %s(%s user), or a %s no-argument one."),
  USER_NOT_SETTABLE(Kind.ERROR, "AutoProfileUserNotSettable",
      "%s is built with its no-argument constructor, but the generated listener cannot set its "
          + "attribute %s. Add a %s setter set%s(%s), make the field %s and not final, or add a "
          + "constructor %s(%s user)."),
  INVERSE_NOT_ACCESSIBLE(Kind.WARNING, "AutoProfileInverseNotAccessible",
      "%s.%s maps the profile, but the generated listener can neither read nor write it, so it stays "
          + "null until the user is reloaded. Add %s getter and setter, or make the field %s."),
  INVALID_OPTION(Kind.ERROR, "AutoProfileInvalidOption",
      "Option -A%s=%s is not valid. Valid values: %s."),
  INTERNAL_ERROR(Kind.ERROR, "AutoProfileInternalError",
      "The AutoProfile processor failed on %s; no listener was generated for it. This is a bug in "
          + "AutoProfile: please report it with this stack trace: %s"),
  GENERATED(Kind.NOTE, "AutoProfileGenerated",
      "Generated %s for %s.");

  private final Kind kind;
  private final String tag;
  private final String format;

  Message(Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  Kind kind() {
    return kind;
  }

  /** The searchable tag, without brackets: {@code AutoProfileModelAbstract}. */
  String tag() {
    return tag;
  }

  /** The message text for {@code args}, starting with its tag. */
  String format(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
