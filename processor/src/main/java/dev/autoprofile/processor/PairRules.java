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
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The checklist, in the order of the README's compile-error table: check the user, resolve each
 * model, check it, find its user attribute, require a one-to-one, then how the listener builds the
 * profile, links the user, and reaches the user's inverse side. The result is an immutable
 * {@link ListenerSpec}; every problem is a {@link Message}. Each model of a user is checked even
 * after another failed; nothing is written here.
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
   * @throws MissingTypeException if a model does not exist yet and this is not the last round
   */
  ListenerSpec check(Element element, boolean lastRound) {
    List<AutoProfileAnnotation> annotations = annotationsOn(element);
    Location userLocation = annotations.isEmpty() ? Location.of(element) : annotations.get(0).location();
    TypeElement user = checkUser(element, userLocation);
    ClassName userName = ClassName.get(user);

    List<PairSpec> pairs = new ArrayList<>();
    Set<String> models = new HashSet<>();
    boolean failed = false;
    for (AutoProfileAnnotation annotation : annotations) {
      try {
        TypeElement model = resolveModel(user, annotation, lastRound);
        if (!models.add(model.getQualifiedName().toString())) {
          throw reporter.abort(Message.MODEL_REPEATED, annotation.atModel(), user.getSimpleName(), model.getSimpleName());
        }
        pairs.add(pair(user, userName, model, annotation));
      } catch (AbortException e) {
        failed = true; // go on: the other models of this user may have their own errors
      }
    }
    if (failed) {
      throw new AbortException();
    }
    return new ListenerSpec(user, userName, ListenerSpec.listenerName(userName), pairs);
  }

  /** The models that {@code element}'s annotations name and that exist, for a quick look before checking. */
  List<TypeElement> modelsOf(Element element) {
    List<TypeElement> models = new ArrayList<>();
    if (element instanceof TypeElement user) {
      for (AutoProfileAnnotation annotation : annotationsOn(user)) {
        TypeElement model = existingModel(user, annotation);
        if (model != null) {
          models.add(model);
        }
      }
    }
    return models;
  }

  private List<AutoProfileAnnotation> annotationsOn(Element element) {
    return AutoProfileAnnotation.allOn(element, types.getNoType(TypeKind.VOID));
  }

  // --- the user: NotAClass, UserNotAnEntity, GenericUser, UserNotAccessible

  private TypeElement checkUser(Element element, Location at) {
    if (element.getKind() != ElementKind.CLASS) {
      throw reporter.abort(Message.NOT_A_CLASS, at, element.getSimpleName(), describe(element));
    }
    TypeElement user = (TypeElement) element;
    if (!Jpa.isEntityOrMappedSuperclass(user)) {
      throw reporter.abort(Message.USER_NOT_AN_ENTITY, at, user.getQualifiedName());
    }
    if (!user.getTypeParameters().isEmpty()) {
      throw reporter.abort(Message.GENERIC_USER, at, user.getQualifiedName());
    }
    for (Element e = user; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        throw reporter.abort(Message.USER_NOT_ACCESSIBLE, at, ((TypeElement) e).getQualifiedName(),
            e == user ? "" : " (it encloses " + user.getSimpleName() + ")");
      }
    }
    return user;
  }

  // --- the model: ModelNotFound, ModelMissing, ModelNotAnEntity (primitives and arrays)

  /** {@code com.acme.UserProfile} for {@code com.acme.User}: the model when the annotation names none. */
  private String conventionModel(TypeElement user) {
    PackageElement pkg = elements.getPackageOf(user);
    return (pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".") + user.getSimpleName() + "Profile";
  }

  /** The class the annotation names, or the convention's; null if it does not exist (yet) or is no class. */
  private TypeElement existingModel(TypeElement user, AutoProfileAnnotation annotation) {
    TypeMirror model = annotation.model();
    if (model == null) {
      return null;
    }
    return switch (model.getKind()) {
      case VOID -> elements.getTypeElement(conventionModel(user));
      case DECLARED -> (TypeElement) ((DeclaredType) model).asElement();
      default -> null;
    };
  }

  private TypeElement resolveModel(TypeElement user, AutoProfileAnnotation annotation, boolean lastRound) {
    TypeElement found = existingModel(user, annotation);
    if (found != null) {
      return found;
    }
    TypeMirror model = annotation.model();
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
    String kind = model.getKind() == TypeKind.ARRAY ? "an array type" : "a primitive type";
    throw reporter.abort(Message.MODEL_NOT_AN_ENTITY, annotation.atModel(), model, user.getSimpleName(), kind);
  }

  /** Everything after the model resolved: the rules of one pair, top to bottom. */
  private PairSpec pair(TypeElement user, ClassName userName, TypeElement model, AutoProfileAnnotation annotation) {
    Reachability listener = new Reachability(elements, types, elements.getPackageOf(user));
    checkModel(user, model, annotation.atModel(), listener);
    Attribute userAttribute = userAttribute(user, model, annotation);
    checkOneToOne(user, model, userAttribute, annotation);
    boolean constructorTakesUser = listener.hasConstructorTaking(model, type -> referencesUser(type, user));
    // linkUser is generated wherever the listener can set the user, also next to such a constructor
    Accessor userSetter = listener.writer(model, userAttribute, user.asType());
    if (!constructorTakesUser) {
      checkNoArgConstruction(user, model, userAttribute, userSetter, annotation.atModel(), listener);
    }
    Inverse inverse = inverse(user, model, userAttribute.name(), annotation.location(), listener);
    return new PairSpec(userName, ClassName.get(model), userAttribute.name(), annotation.onUpdate(), annotation.onDelete(),
        constructorTakesUser, userSetter, inverse == null ? null : inverse.attribute(),
        inverse == null ? null : inverse.getter(), inverse == null ? null : inverse.setter());
  }

  // --- ModelIsUser, ModelNotAnEntity, ModelAbstract, GenericModel, ModelInnerClass, ModelNotAccessible

  private void checkModel(TypeElement user, TypeElement model, Location at, Reachability listener) {
    if (types.isSameType(types.erasure(model.asType()), types.erasure(user.asType()))) {
      throw reporter.abort(Message.MODEL_IS_USER, at, user.getSimpleName());
    }
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

  // --- NoUserAttribute, AmbiguousUserAttribute, MappedByNotFound, MappedByWrongType

  /** The model's attribute that references the user, as {@code mappedBy} says or as the only candidate. */
  private Attribute userAttribute(TypeElement user, TypeElement model, AutoProfileAnnotation annotation) {
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
      throw reporter.abort(Message.NO_USER_ATTRIBUTE, annotation.atModel(), model.getQualifiedName(),
          user.getSimpleName());
    }
    if (candidates.size() > 1) {
      throw reporter.abort(Message.AMBIGUOUS_USER_ATTRIBUTE, annotation.location(), model.getQualifiedName(),
          user.getSimpleName(), listed, model.getSimpleName(), candidates.get(0));
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
      AutoProfileAnnotation annotation) {
    if (userAttribute.annotation(Jpa.ONE_TO_ONE) == null) {
      Location at = annotation.mappedBy().isEmpty() ? annotation.atModel() : annotation.atMappedBy();
      throw reporter.abort(Message.NOT_ONE_TO_ONE, at, model.getSimpleName(), userAttribute.name(),
          userAttribute.mapping(), user.getSimpleName());
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
      case CLASS -> "a class without @Entity";
      default -> element.getKind().name().equals("RECORD") ? "a record" : "a " + element.getKind().name().toLowerCase(Locale.ROOT);
    };
  }
}
