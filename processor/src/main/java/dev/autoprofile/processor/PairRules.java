package dev.autoprofile.processor;

import com.palantir.javapoet.ClassName;
import dev.autoprofile.processor.JpaAttributes.Attribute;
import dev.autoprofile.processor.Reporter.AbortException;
import dev.autoprofile.processor.Reporter.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The checklist, in the order of the README's compile-error table: check the annotated class, then
 * for each pair declared on it the user, the model, the model's user attribute, a one-to-one, how
 * the listener builds the profile and links the user, and how it reaches the user's inverse side.
 * A pair is declared by {@code @AutoProfile} on its user or by {@code @ProfileOf} on its model; the
 * same rules apply to both, each reported where that annotation names the culprit. The result is
 * an immutable {@link ListenerSpec}; every problem is a {@link Message}. Each pair of a class is
 * checked even after another failed; nothing is written here.
 */
final class PairRules {
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  PairRules(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /**
   * @param lastRound whether types still missing are errors rather than a reason to wait
   * @throws AbortException after reporting why no listener can be generated
   * @throws MissingTypeException if a model or user does not exist yet and this is not the last round
   */
  ListenerSpec check(Element element, boolean lastRound) {
    List<PairAnnotation> userSide = autoProfilesOn(element);
    PairAnnotation modelSide = PairAnnotation.profileOfOn(element);
    TypeElement annotated = checkAnnotatedClass(element, userSide.isEmpty() ? modelSide : userSide.get(0));

    List<PairSpec> pairs = new ArrayList<>();
    boolean failed = false;
    if (!userSide.isEmpty()) {
      try {
        pairs.addAll(userSidePairs(annotated, userSide, lastRound));
      } catch (AbortException e) {
        failed = true; // go on: the model side may have its own errors
      }
    }
    if (modelSide != null) {
      try {
        pairs.add(modelSidePair(annotated, modelSide, lastRound));
      } catch (AbortException e) {
        failed = true;
      }
    }
    if (failed) {
      throw new AbortException();
    }
    ClassName name = ClassName.get(annotated);
    return new ListenerSpec(annotated, name, ListenerSpec.listenerName(name), pairs);
  }

  /**
   * The classes paired with {@code element} that exist, for a quick look before checking: the
   * models its {@code @AutoProfile}s name, the user its {@code @ProfileOf} names.
   */
  List<TypeElement> pairedClassesOf(Element element) {
    List<TypeElement> paired = new ArrayList<>();
    if (element instanceof TypeElement annotated) {
      for (PairAnnotation annotation : autoProfilesOn(annotated)) {
        TypeElement model = existingModel(annotated, annotation);
        if (model != null) {
          paired.add(model);
        }
      }
      PairAnnotation profileOf = PairAnnotation.profileOfOn(annotated);
      if (profileOf != null && profileOf.named() != null && profileOf.named().getKind() == TypeKind.DECLARED) {
        paired.add((TypeElement) ((DeclaredType) profileOf.named()).asElement());
      }
    }
    return paired;
  }

  private List<PairAnnotation> autoProfilesOn(Element element) {
    return PairAnnotation.autoProfilesOn(element, types.getNoType(TypeKind.VOID));
  }

  /** The listener generated for {@code annotated}: in its package, so that is what it reaches. */
  private Reachability listenerOf(TypeElement annotated) {
    return new Reachability(elements, types, elements.getPackageOf(annotated));
  }

  // --- the annotated class: NotAClass

  private TypeElement checkAnnotatedClass(Element element, PairAnnotation first) {
    if (element.getKind() != ElementKind.CLASS) {
      PairAnnotation.Side side = first == null ? PairAnnotation.Side.USER : first.side();
      throw reporter.abort(Message.NOT_A_CLASS, first == null ? Location.of(element) : first.location(),
          side.annotation(), element.getSimpleName(), describe(element), side.role());
    }
    return (TypeElement) element;
  }

  // --- the user: UserNotAnEntity, GenericUser, UserNotAccessible

  private void checkUser(TypeElement user, PairAnnotation annotation, Reachability listener) {
    Location at = annotation.atUser();
    // JPA maps no association to a mapped superclass: only @AutoProfile on one covers its entities
    boolean mapped = annotation.side() == PairAnnotation.Side.USER
        ? Jpa.isEntityOrMappedSuperclass(user)
        : user.getKind() == ElementKind.CLASS && Jpa.isEntity(user);
    if (!mapped) {
      throw reporter.abort(Message.USER_NOT_AN_ENTITY, at, user.getQualifiedName(), describe(user),
          annotation.location().element().getSimpleName());
    }
    if (!user.getTypeParameters().isEmpty()) {
      throw reporter.abort(Message.GENERIC_USER, at, user.getQualifiedName());
    }
    Element blocker = listener.blocker(user);
    if (blocker != null) {
      Set<Modifier> modifiers = blocker.getModifiers();
      String access = modifiers.contains(Modifier.PRIVATE) ? "private"
          : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
      throw reporter.abort(Message.USER_NOT_ACCESSIBLE, at, ((TypeElement) blocker).getQualifiedName(), access,
          listener.describeHome(), listener.samePackage(blocker) ? "package-private or public" : "public",
          blocker == user ? "" : " (it encloses " + user.getSimpleName() + ")");
    }
  }

  /** The pairs that {@code user}'s {@code @AutoProfile}s declare. */
  private List<PairSpec> userSidePairs(TypeElement user, List<PairAnnotation> annotations, boolean lastRound) {
    Reachability listener = listenerOf(user);
    checkUser(user, annotations.get(0), listener);
    List<PairSpec> pairs = new ArrayList<>();
    Set<String> models = new HashSet<>();
    boolean failed = false;
    for (PairAnnotation annotation : annotations) {
      try {
        TypeElement model = resolveModel(user, annotation, lastRound);
        if (!models.add(model.getQualifiedName().toString())) {
          throw reporter.abort(Message.MODEL_REPEATED, annotation.atModel(), user.getSimpleName(), model.getSimpleName());
        }
        pairs.add(pair(user, model, annotation, listener));
      } catch (AbortException e) {
        failed = true; // go on: the other models of this user may have their own errors
      }
    }
    if (failed) {
      throw new AbortException();
    }
    return pairs;
  }

  /** The pair that {@code model}'s {@code @ProfileOf} declares. */
  private PairSpec modelSidePair(TypeElement model, PairAnnotation annotation, boolean lastRound) {
    TypeElement user = resolveUser(model, annotation, lastRound);
    Reachability listener = listenerOf(model);
    checkUser(user, annotation, listener);
    return pair(user, model, annotation, listener);
  }

  // --- UserMissing, UserNotAnEntity (primitives and arrays)

  /** The class {@code @ProfileOf} names; it may be a source or a class file compiled without AutoProfile. */
  private TypeElement resolveUser(TypeElement model, PairAnnotation annotation, boolean lastRound) {
    TypeMirror user = annotation.named();
    if (user == null || user.getKind() == TypeKind.ERROR) {
      if (!lastRound) {
        throw new MissingTypeException();
      }
      String written = annotation.namedValue() == null ? "..." : reporter.source(annotation.atNamed());
      throw reporter.abort(Message.USER_MISSING, annotation.atNamed(), written, model.getSimpleName());
    }
    if (user.getKind() != TypeKind.DECLARED) {
      throw reporter.abort(Message.USER_NOT_AN_ENTITY, annotation.atNamed(), user, describe(user),
          model.getSimpleName());
    }
    return (TypeElement) ((DeclaredType) user).asElement();
  }

  // --- the model: ModelNotFound, ModelMissing, ModelNotAnEntity (primitives and arrays)

  /** {@code com.acme.UserProfile} for {@code com.acme.User}: the model when the annotation names none. */
  private String conventionModel(TypeElement user) {
    PackageElement pkg = elements.getPackageOf(user);
    return (pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".") + user.getSimpleName() + "Profile";
  }

  /** The class the annotation names, or the convention's; null if it does not exist (yet) or is no class. */
  private TypeElement existingModel(TypeElement user, PairAnnotation annotation) {
    TypeMirror model = annotation.named();
    if (model == null) {
      return null;
    }
    return switch (model.getKind()) {
      case VOID -> elements.getTypeElement(conventionModel(user));
      case DECLARED -> (TypeElement) ((DeclaredType) model).asElement();
      default -> null;
    };
  }

  private TypeElement resolveModel(TypeElement user, PairAnnotation annotation, boolean lastRound) {
    TypeElement found = existingModel(user, annotation);
    if (found != null) {
      return found;
    }
    TypeMirror model = annotation.named();
    boolean missing = model == null || model.getKind() == TypeKind.VOID || model.getKind() == TypeKind.ERROR;
    if (missing && !lastRound) {
      throw new MissingTypeException();
    }
    if (model != null && model.getKind() == TypeKind.VOID) {
      throw reporter.abort(Message.MODEL_NOT_FOUND, annotation.location(), user.getSimpleName(), conventionModel(user));
    }
    if (missing) {
      throw reporter.abort(Message.MODEL_MISSING, annotation.atModel(),
          reporter.source(annotation.atModel()), user.getSimpleName());
    }
    throw reporter.abort(Message.MODEL_NOT_AN_ENTITY, annotation.atModel(), model, user.getSimpleName(),
        describe(model));
  }

  /** Everything after user and model resolved: the rules of one pair, top to bottom. */
  private PairSpec pair(TypeElement user, TypeElement model, PairAnnotation annotation, Reachability listener) {
    checkModel(user, model, annotation, listener);
    checkDeclaredOnce(user, model, annotation);
    Attribute userAttribute = userAttribute(user, model, annotation);
    checkOneToOne(user, model, userAttribute, annotation);
    boolean constructorTakesUser = listener.hasConstructorTaking(model, type -> referencesUser(type, user));
    // linkUser is generated wherever the listener can set the user, also next to such a constructor
    Accessor userSetter = listener.writer(model, userAttribute, user.asType());
    if (!constructorTakesUser) {
      checkKotlinDefaults(user, model);
      checkNoArgConstruction(user, model, userAttribute, userSetter, annotation.atModel(), listener);
    }
    Inverse inverse = inverse(user, model, userAttribute.name(), annotation.atUser(), listener);
    return new PairSpec(annotation.side(), ClassName.get(user), userKind(user), ClassName.get(model),
        userAttribute.name(), annotation.onUpdate(), annotation.onDelete(), constructorTakesUser, userSetter, inverse == null ? null : inverse.attribute(),
        inverse == null ? null : inverse.getter(), inverse == null ? null : inverse.setter());
  }

  // --- ModelIsUser, ModelNotAnEntity, ModelAbstract, GenericModel, ModelInnerClass, ModelNotAccessible

  private void checkModel(TypeElement user, TypeElement model, PairAnnotation annotation, Reachability listener) {
    if (sameClass(model, user)) {
      throw reporter.abort(Message.MODEL_IS_USER, annotation.atNamed(), user.getSimpleName());
    }
    Location at = annotation.atModel();
    if (model.getKind() != ElementKind.CLASS || !Jpa.isEntity(model)) {
      throw reporter.abort(Message.MODEL_NOT_AN_ENTITY, at, model.getQualifiedName(), user.getSimpleName(),
          describe(model));
    }
    if (model.getModifiers().contains(Modifier.ABSTRACT)) {
      throw reporter.abort(Message.MODEL_ABSTRACT, at, model.getQualifiedName(), user.getSimpleName());
    }
    if (!model.getTypeParameters().isEmpty()) {
      throw reporter.abort(Message.GENERIC_MODEL, at, model.getQualifiedName(), user.getSimpleName());
    }
    if (model.getNestingKind().isNested() && !model.getModifiers().contains(Modifier.STATIC)) {
      throw reporter.abort(Message.MODEL_INNER_CLASS, at, model.getQualifiedName(), user.getSimpleName());
    }
    if (!listener.reaches(model)) {
      throw reporter.abort(Message.MODEL_NOT_ACCESSIBLE, at, model.getQualifiedName(), listener.describeHome(),
          listener.samePackage(model) ? "package-private or public" : "public");
    }
  }

  private static boolean sameClass(TypeElement a, TypeElement b) {
    return a.getQualifiedName().contentEquals(b.getQualifiedName());
  }

  private static PairSpec.UserKind userKind(TypeElement user) {
    if (Jpa.isMappedSuperclass(user)) {
      return PairSpec.UserKind.MAPPED_SUPERCLASS;
    }
    return user.getModifiers().contains(Modifier.ABSTRACT) ? PairSpec.UserKind.ABSTRACT_ENTITY : PairSpec.UserKind.ENTITY;
  }

  // --- DeclaredTwice

  /**
   * The pair must be declared on one side only: the other side's annotation is visible whether its
   * class is a source of this compilation or a class file, and each side reports it.
   */
  private void checkDeclaredOnce(TypeElement user, TypeElement model, PairAnnotation annotation) {
    boolean twice = false;
    if (annotation.side() == PairAnnotation.Side.USER) {
      PairAnnotation profileOf = PairAnnotation.profileOfOn(model);
      twice = profileOf != null && profileOf.named() != null && profileOf.named().getKind() == TypeKind.DECLARED
          && sameClass((TypeElement) ((DeclaredType) profileOf.named()).asElement(), user);
    } else {
      for (PairAnnotation autoProfile : autoProfilesOn(user)) {
        TypeElement named = existingModel(user, autoProfile);
        twice |= named != null && sameClass(named, model);
      }
    }
    if (twice) {
      throw reporter.abort(Message.DECLARED_TWICE, annotation.atNamed(), user.getSimpleName(), model.getSimpleName());
    }
  }

  // --- NoUserAttribute, AmbiguousUserAttribute, MappedByNotFound, MappedByWrongType

  /** The model's attribute that references the user, as {@code mappedBy} says or as the only candidate. */
  private Attribute userAttribute(TypeElement user, TypeElement model, PairAnnotation annotation) {
    Map<String, Attribute> attributes = JpaAttributes.of(model);
    List<String> candidates = new ArrayList<>();
    for (Attribute attribute : attributes.values()) {
      if (referencesUser(attribute.type(), user)) {
        candidates.add(attribute.name());
      }
    }
    String listed = candidates.isEmpty() ? "none" : String.join(", ", candidates);
    String mappedBy = annotation.mappedBy();
    if (!mappedBy.isEmpty()) {
      Attribute named = attributes.get(mappedBy);
      if (named == null) {
        throw reporter.abort(Message.MAPPED_BY_NOT_FOUND, annotation.atMappedBy(), mappedBy,
            model.getQualifiedName(), user.getSimpleName(), listed);
      }
      if (!referencesUser(named.type(), user)) {
        throw reporter.abort(Message.MAPPED_BY_WRONG_TYPE, annotation.atMappedBy(), mappedBy, model.getSimpleName(),
            named.type(), user.getSimpleName(), listed);
      }
      return named;
    }
    if (candidates.isEmpty()) {
      throw reporter.abort(Message.NO_USER_ATTRIBUTE, annotation.atNamed(), model.getQualifiedName(),
          user.getSimpleName());
    }
    if (candidates.size() > 1) {
      TypeElement named = annotation.side() == PairAnnotation.Side.USER ? model : user;
      throw reporter.abort(Message.AMBIGUOUS_USER_ATTRIBUTE, annotation.location(), model.getQualifiedName(),
          user.getSimpleName(), listed, annotation.side().annotation(), annotation.side().member(),
          named.getSimpleName(), candidates.get(0));
    }
    return attributes.get(candidates.get(0));
  }

  /** Whether a value of this type can hold the user: the user's class or one of its entity superclasses. */
  private boolean referencesUser(TypeMirror type, TypeElement user) {
    return type.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(user.asType()), types.erasure(type))
        && Jpa.isEntityOrMappedSuperclass(types.asElement(type));
  }

  // --- NotOneToOne

  private void checkOneToOne(TypeElement user, TypeElement model, Attribute userAttribute,
      PairAnnotation annotation) {
    if (userAttribute.annotation(Jpa.ONE_TO_ONE) == null) {
      Location at = annotation.mappedBy().isEmpty() ? annotation.atNamed() : annotation.atMappedBy();
      throw reporter.abort(Message.NOT_ONE_TO_ONE, at, model.getSimpleName(), userAttribute.name(),
          userAttribute.mapping(), user.getSimpleName());
    }
  }

  // --- KotlinConstructor: without a constructor taking the user, where Kotlin has one

  /**
   * A Kotlin model whose constructor takes the user and gives every other parameter a default:
   * Kotlin code calls it with the user alone, Java sees no such constructor (and, under the {@code
   * jpa} compiler plugin, a no-argument one that runs no initialiser), so the defaults would
   * silently not apply.
   */
  private void checkKotlinDefaults(TypeElement user, TypeElement model) {
    List<KotlinMetadata.Constructor> kotlin = KotlinMetadata.constructorsOf(model).orElse(List.of());
    if (kotlin.isEmpty()) {
      return;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(model.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      for (int i = 0; i < parameters.size(); i++) {
        int userIndex = i;
        if (referencesUser(parameters.get(i).asType(), user)
            && kotlin.stream().anyMatch(c -> c.defaultsAllBut(userIndex, parameters.size()))) {
          throw reporter.abort(Message.KOTLIN_CONSTRUCTOR, Location.of(model), model.getSimpleName(),
              user.getSimpleName());
        }
      }
    }
  }

  // --- NoConstructor, UserNotSettable: without a constructor taking the user

  private void checkNoArgConstruction(TypeElement user, TypeElement model, Attribute userAttribute,
      Accessor userSetter, Location at, Reachability listener) {
    String visibility = listener.neededVisibility(model);
    if (!listener.hasNoArgConstructor(model)) {
      throw reporter.abort(Message.NO_CONSTRUCTOR, at, model.getQualifiedName(), visibility,
          model.getSimpleName(), user.getSimpleName());
    }
    if (userSetter == null) {
      throw reporter.abort(Message.USER_NOT_SETTABLE, at, model.getSimpleName(), userAttribute.name(),
          visibility, userAttribute.setterName(), user.getSimpleName());
    }
  }

  // --- InverseNotAccessible (a warning)

  /**
   * How the listener reads and writes the user's {@code @OneToOne(mappedBy = mappedBy)} of the
   * model type: its getter and setter, else its field; null if the user maps no inverse side, or
   * (with a warning) the listener can reach neither.
   */
  private Inverse inverse(TypeElement user, TypeElement model, String mappedBy, Location at, Reachability listener) {
    for (Attribute attribute : JpaAttributes.of(user).values()) {
      AnnotationMirror oneToOne = attribute.annotation(Jpa.ONE_TO_ONE);
      if (oneToOne == null || !mappedBy.equals(Mirrors.string(oneToOne, "mappedBy"))
          || !types.isSameType(types.erasure(attribute.type()), types.erasure(model.asType()))) {
        continue;
      }
      Accessor setter = listener.writer(user, attribute, model.asType());
      if (listener.readableGetter(attribute) && setter != null && setter.isMethod()) {
        return new Inverse(attribute.name(), Accessor.method(attribute.getter().getSimpleName().toString()), setter);
      }
      if (listener.writableField(attribute)) {
        return new Inverse(attribute.name(), Accessor.field(attribute.name()), Accessor.field(attribute.name()));
      }
      reporter.report(Message.INVERSE_NOT_ACCESSIBLE, at, user.getSimpleName(), attribute.name(),
          listener.neededVisibility(user));
      return null;
    }
    return null;
  }

  /** How the listener reads and writes the user's inverse attribute. */
  private record Inverse(String attribute, Accessor getter, Accessor setter) {}

  private static String describe(Element element) {
    return switch (element.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      case CLASS -> Jpa.isMappedSuperclass(element) ? "a @MappedSuperclass" : "a class without @Entity";
      default -> element.getKind().name().equals("RECORD") ? "a record" : "a " + element.getKind().name().toLowerCase(Locale.ROOT);
    };
  }

  /** A class literal's type that is no class: {@code int.class}, {@code String[].class}, {@code void.class}. */
  private static String describe(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> "an array type";
      case VOID -> "no class";
      default -> "a primitive type";
    };
  }
}
