package dev.autoprofile.processor;

import com.palantir.javapoet.ClassName;
import dev.autoprofile.processor.Reporter.AbortException;
import dev.autoprofile.processor.Reporter.Location;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
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
 * Checks an {@code @AutoProfile} class and its models and turns them into a {@link ListenerSpec}.
 * Reports every problem of one model before abandoning the class; never writes anything.
 */
final class ListenerValidator {
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  ListenerValidator(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /**
   * @param lastRound whether types still missing are errors rather than a reason to wait
   * @throws AbortException after reporting why no listener can be generated
   * @throws MissingTypeException if a model does not exist yet and this is not the last round
   */
  ListenerSpec validate(Element element, boolean lastRound) {
    List<AutoProfileAnnotation> annotations =
        AutoProfileAnnotation.allOn(element, types.getNoType(TypeKind.VOID));
    Location userLocation = annotations.isEmpty() ? Location.of(element) : annotations.get(0).location();
    TypeElement user = checkUser(element, userLocation);

    List<ProfileSpec> profiles = new ArrayList<>();
    Set<String> models = new HashSet<>();
    boolean failed = false;
    for (AutoProfileAnnotation annotation : annotations) {
      try {
        TypeElement model = resolveModel(user, annotation, lastRound);
        if (!models.add(model.getQualifiedName().toString())) {
          throw reporter.abort(Message.MODEL_REPEATED, annotation.atModel(), user.getSimpleName(), model.getSimpleName());
        }
        profiles.add(checkModel(user, model, annotation));
      } catch (AbortException e) {
        failed = true; // go on: the other models of this user may have their own errors
      }
    }
    if (failed) {
      throw new AbortException();
    }
    ClassName userName = ClassName.get(user);
    return new ListenerSpec(user, userName, ListenerSpec.listenerName(userName), profiles);
  }

  /** The models that {@code element}'s annotations name and that exist, for a quick look before checking. */
  List<TypeElement> modelsOf(Element element) {
    List<TypeElement> models = new ArrayList<>();
    for (AutoProfileAnnotation annotation : AutoProfileAnnotation.allOn(element, types.getNoType(TypeKind.VOID))) {
      TypeMirror model = annotation.model();
      if (model != null && model.getKind() == TypeKind.DECLARED) {
        models.add((TypeElement) types.asElement(model));
      } else if (model != null && model.getKind() == TypeKind.VOID && element instanceof TypeElement user) {
        TypeElement conventional = elements.getTypeElement(conventionalModel(user));
        if (conventional != null) {
          models.add(conventional);
        }
      }
    }
    return models;
  }

  private String conventionalModel(TypeElement user) {
    PackageElement pkg = elements.getPackageOf(user);
    return (pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".") + user.getSimpleName() + "Profile";
  }

  private TypeElement checkUser(Element element, Location at) {
    if (element.getKind() != ElementKind.CLASS) {
      throw reporter.abort(Message.NOT_A_CLASS, at, element.getSimpleName(), describe(element));
    }
    TypeElement user = (TypeElement) element;
    if (!Jpa.isEntityOrMappedSuperclass(user)) {
      throw reporter.abort(Message.USER_NOT_AN_ENTITY, at, user.getQualifiedName());
    }
    if (!user.getTypeParameters().isEmpty()) {
      throw reporter.abort(Message.USER_GENERIC, at, user.getQualifiedName());
    }
    for (Element e = user; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        throw reporter.abort(Message.USER_NOT_ACCESSIBLE, at, ((TypeElement) e).getQualifiedName(),
            e == user ? "" : " (it encloses " + user.getSimpleName() + ")");
      }
    }
    return user;
  }

  private TypeElement resolveModel(TypeElement user, AutoProfileAnnotation annotation, boolean lastRound) {
    TypeMirror model = annotation.model();
    if (model != null && model.getKind() == TypeKind.VOID) {
      String conventional = conventionalModel(user);
      TypeElement found = elements.getTypeElement(conventional);
      if (found == null) {
        if (!lastRound) {
          throw new MissingTypeException();
        }
        throw reporter.abort(Message.MODEL_NOT_FOUND, annotation.location(), user.getSimpleName(), conventional);
      }
      return found;
    }
    if (model == null || model.getKind() == TypeKind.ERROR) {
      if (!lastRound) {
        throw new MissingTypeException();
      }
      throw reporter.abort(Message.MODEL_MISSING, annotation.atModel(),
          reporter.source(annotation.atModel()), user.getSimpleName());
    }
    if (model.getKind() != TypeKind.DECLARED) {
      String kind = model.getKind() == TypeKind.ARRAY ? "an array type" : "a primitive type";
      throw reporter.abort(Message.MODEL_NOT_AN_ENTITY, annotation.atModel(), model, user.getSimpleName(),
          kind, user.getSimpleName());
    }
    return (TypeElement) ((DeclaredType) model).asElement();
  }

  private ProfileSpec checkModel(TypeElement user, TypeElement model, AutoProfileAnnotation annotation) {
    Location at = annotation.atModel();
    if (types.isSameType(types.erasure(model.asType()), types.erasure(user.asType()))) {
      throw reporter.abort(Message.MODEL_IS_USER, at, user.getSimpleName(), user.getSimpleName());
    }
    if (model.getKind() != ElementKind.CLASS || !Jpa.isEntity(model)) {
      throw reporter.abort(Message.MODEL_NOT_AN_ENTITY, at, model.getQualifiedName(), user.getSimpleName(),
          describe(model), user.getSimpleName());
    }
    if (model.getModifiers().contains(Modifier.ABSTRACT)) {
      throw reporter.abort(Message.MODEL_ABSTRACT, at, model.getQualifiedName(), user.getSimpleName());
    }
    if (!model.getTypeParameters().isEmpty()) {
      throw reporter.abort(Message.MODEL_GENERIC, at, model.getQualifiedName(), user.getSimpleName());
    }
    if (model.getNestingKind().isNested() && !model.getModifiers().contains(Modifier.STATIC)) {
      throw reporter.abort(Message.MODEL_INNER_CLASS, at, model.getQualifiedName(), user.getSimpleName());
    }
    PackageElement home = elements.getPackageOf(user);
    if (!accessible(model, home)) {
      throw reporter.abort(Message.MODEL_NOT_ACCESSIBLE, at, model.getQualifiedName(),
          home.isUnnamed() ? "the unnamed package" : "package " + home.getQualifiedName(),
          samePackage(model, home) ? "package-private or public" : "public");
    }

    Attribute userAttribute = userAttribute(user, model, annotation);
    if (userAttribute.annotation(Jpa.ONE_TO_ONE) == null) {
      throw reporter.abort(Message.NOT_ONE_TO_ONE, annotation.mappedBy().isEmpty() ? at : annotation.atMappedBy(),
          model.getSimpleName(), userAttribute.name(), userAttribute.mapping(), user.getSimpleName(),
          model.getSimpleName());
    }

    boolean constructorTakesUser = hasConstructor(model, home, user, true);
    Accessor userSetter = setter(model, userAttribute, home, user.asType());
    if (!constructorTakesUser) {
      if (!hasConstructor(model, home, user, false)) {
        String visibility = samePackage(model, home) ? "non-private" : "public";
        throw reporter.abort(Message.NO_CONSTRUCTOR, at, model.getQualifiedName(), visibility,
            model.getSimpleName(), user.getSimpleName(), visibility);
      }
      if (userSetter == null) {
        String visibility = samePackage(model, home) ? "non-private" : "public";
        throw reporter.abort(Message.USER_NOT_SETTABLE, at, model.getSimpleName(), userAttribute.name(),
            visibility, capitalize(userAttribute.name()), user.getSimpleName(), visibility,
            model.getSimpleName(), user.getSimpleName());
      }
    }

    Inverse inverse = inverse(user, model, userAttribute.name(), home, annotation.location());
    return new ProfileSpec(ClassName.get(model), userAttribute.name(), annotation.onUpdate(),
        constructorTakesUser, userSetter, inverse == null ? null : inverse.attribute(),
        inverse == null ? null : inverse.getter(), inverse == null ? null : inverse.setter());
  }

  /** The model's attribute that references the user, as {@code mappedBy} says or as the only candidate. */
  private Attribute userAttribute(TypeElement user, TypeElement model, AutoProfileAnnotation annotation) {
    Map<String, Attribute> attributes = attributes(model);
    List<String> candidates = new ArrayList<>();
    for (Attribute attribute : attributes.values()) {
      if (referencesUser(attribute.type(), user)) {
        candidates.add(attribute.name());
      }
    }
    String mappedBy = annotation.mappedBy();
    if (!mappedBy.isEmpty()) {
      Attribute named = attributes.get(mappedBy);
      if (named == null) {
        throw reporter.abort(Message.MAPPED_BY_NOT_FOUND, annotation.atMappedBy(), mappedBy,
            model.getQualifiedName(), user.getSimpleName(), candidates.isEmpty() ? "none" : String.join(", ", candidates));
      }
      if (!referencesUser(named.type(), user)) {
        throw reporter.abort(Message.MAPPED_BY_WRONG_TYPE, annotation.atMappedBy(), mappedBy, model.getSimpleName(),
            mappedBy, named.type(), user.getSimpleName(), candidates.isEmpty() ? "none" : String.join(", ", candidates));
      }
      return named;
    }
    if (candidates.isEmpty()) {
      throw reporter.abort(Message.NO_USER_ATTRIBUTE, annotation.atModel(), model.getQualifiedName(),
          user.getSimpleName(), user.getSimpleName());
    }
    if (candidates.size() > 1) {
      throw reporter.abort(Message.AMBIGUOUS_USER_ATTRIBUTE, annotation.location(), model.getQualifiedName(),
          user.getSimpleName(), String.join(", ", candidates), model.getSimpleName(), candidates.get(0));
    }
    return attributes.get(candidates.get(0));
  }

  /** Whether an attribute of this type can hold the user: the user's class or one of its entity superclasses. */
  private boolean referencesUser(TypeMirror attributeType, TypeElement user) {
    if (attributeType.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element type = types.asElement(attributeType);
    return types.isAssignable(types.erasure(user.asType()), types.erasure(attributeType))
        && Jpa.isEntityOrMappedSuperclass(type);
  }

  /**
   * The persistent attributes of {@code type} and its superclasses, by name, as JPA sees them:
   * under property access (an explicit {@code @Access(PROPERTY)}, or {@code @Id} on a getter) its
   * getters; otherwise its fields, and any getter that carries a JPA annotation.
   */
  private Map<String, Attribute> attributes(TypeElement type) {
    boolean propertyAccess = propertyAccess(type);
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    for (TypeElement c = type; c != null; c = superclass(c)) {
      Map<String, VariableElement> fields = new LinkedHashMap<>();
      for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.put(field.getSimpleName().toString(), field);
        }
      }
      // one pass over the methods, not one per field: each getter in order, and each property's first
      List<Map.Entry<String, ExecutableElement>> getterList = new ArrayList<>();
      Map<String, ExecutableElement> getters = new HashMap<>();
      for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
        String property = propertyName(method);
        if (property != null) {
          getterList.add(Map.entry(property, method));
          getters.putIfAbsent(property, method);
        }
      }
      if (!propertyAccess) {
        for (VariableElement field : fields.values()) {
          String name = field.getSimpleName().toString();
          if (!field.getModifiers().contains(Modifier.TRANSIENT) && Jpa.annotation(field, Jpa.TRANSIENT) == null) {
            attributes.putIfAbsent(name, new Attribute(name, field.asType(), field, getters.get(name)));
          }
        }
      }
      for (Map.Entry<String, ExecutableElement> getter : getterList) {
        String property = getter.getKey();
        ExecutableElement method = getter.getValue();
        boolean persistent = propertyAccess ? Jpa.annotation(method, Jpa.TRANSIENT) == null : hasJpaAnnotation(method);
        if (persistent) {
          // the field of the same name, if any, is where a setter-less property is written
          attributes.putIfAbsent(property, new Attribute(property, method.getReturnType(),
              propertyAccess ? fields.get(property) : null, method));
        }
      }
    }
    return attributes;
  }

  /** Whether JPA reads {@code type} through its getters: the nearest {@code @Access}, else where {@code @Id} is. */
  private boolean propertyAccess(TypeElement type) {
    for (TypeElement c = type; c != null; c = superclass(c)) {
      AnnotationMirror access = Jpa.annotation(c, Jpa.ACCESS);
      if (access != null) {
        return stringMember(access, "value").equals("PROPERTY");
      }
    }
    for (TypeElement c = type; c != null; c = superclass(c)) {
      for (Element member : c.getEnclosedElements()) {
        if (Jpa.annotation(member, Jpa.ID) != null || Jpa.annotation(member, Jpa.EMBEDDED_ID) != null) {
          return member.getKind() == ElementKind.METHOD;
        }
      }
    }
    return false;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
  }

  private static String propertyName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    if (name.startsWith("get") && name.length() > 3) {
      return Introspector.decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Introspector.decapitalize(name.substring(2));
    }
    return null;
  }

  private static boolean hasJpaAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString().startsWith("jakarta.persistence.")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the model has a reachable constructor taking the user ({@code withUser}) or none. */
  private boolean hasConstructor(TypeElement model, PackageElement home, TypeElement user, boolean withUser) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(model.getEnclosedElements())) {
      if (!accessible(constructor, home)) {
        continue;
      }
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (withUser && parameters.size() == 1 && referencesUser(parameters.get(0).asType(), user)) {
        return true;
      }
      if (!withUser && parameters.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** How the listener sets {@code attribute} to a value of {@code valueType}: setter first, then field. */
  private Accessor setter(TypeElement owner, Attribute attribute, PackageElement home, TypeMirror valueType) {
    String setterName = "set" + capitalize(attribute.name());
    for (TypeElement c = owner; c != null; c = superclass(c)) {
      for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals(setterName) && method.getParameters().size() == 1
            && !method.getModifiers().contains(Modifier.STATIC) && accessible(method, home)
            && types.isAssignable(types.erasure(valueType), types.erasure(method.getParameters().get(0).asType()))) {
          return Accessor.method(setterName);
        }
      }
    }
    VariableElement field = attribute.field();
    if (field != null && accessible(field, home) && !field.getModifiers().contains(Modifier.FINAL)) {
      return Accessor.field(attribute.name());
    }
    return null;
  }

  /**
   * The getter and setter of the user's {@code @OneToOne(mappedBy = attribute)} of the model type,
   * or null if the user maps no inverse side (or, with a warning, the listener cannot reach it).
   */
  private Inverse inverse(
      TypeElement user, TypeElement model, String mappedBy, PackageElement home, Location at) {
    for (Attribute attribute : attributes(user).values()) {
      AnnotationMirror oneToOne = attribute.annotation(Jpa.ONE_TO_ONE);
      if (oneToOne == null || !mappedBy.equals(stringMember(oneToOne, "mappedBy"))
          || !types.isSameType(types.erasure(attribute.type()), types.erasure(model.asType()))) {
        continue;
      }
      ExecutableElement getter = attribute.getter();
      Accessor setter = setter(user, attribute, home, model.asType());
      if (getter != null && accessible(getter, home) && setter != null && setter.isMethod()) {
        return new Inverse(attribute.name(), Accessor.method(getter.getSimpleName().toString()), setter);
      }
      VariableElement field = attribute.field();
      if (field != null && accessible(field, home) && !field.getModifiers().contains(Modifier.FINAL)) {
        return new Inverse(attribute.name(), Accessor.field(attribute.name()), Accessor.field(attribute.name()));
      }
      String visibility = samePackage(user, home) ? "non-private" : "public";
      reporter.report(Message.INVERSE_NOT_ACCESSIBLE, at, user.getSimpleName(), attribute.name(), visibility, visibility);
      return null;
    }
    return null;
  }

  private static String stringMember(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return String.valueOf(entry.getValue().getValue());
      }
    }
    return "";
  }

  /** Whether code in {@code home} can use {@code element} (and every class enclosing it). */
  private boolean accessible(Element element, PackageElement home) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !samePackage(e, home)) {
        return false;
      }
    }
    return true;
  }

  private boolean samePackage(Element element, PackageElement home) {
    return elements.getPackageOf(element).getQualifiedName().contentEquals(home.getQualifiedName());
  }

  private static String describe(Element element) {
    return switch (element.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      case CLASS -> "a class without @Entity";
      default -> element.getKind().name().equals("RECORD") ? "a record" : "a " + element.getKind().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** How the listener reads and writes the user's inverse attribute. */
  private record Inverse(String attribute, Accessor getter, Accessor setter) {}

  /** A persistent attribute: its field if it has one, and its getter if it has one. */
  private record Attribute(String name, TypeMirror type, VariableElement field, ExecutableElement getter) {
    AnnotationMirror annotation(String qualifiedName) {
      AnnotationMirror onField = field == null ? null : Jpa.annotation(field, qualifiedName);
      return onField != null || getter == null ? onField : Jpa.annotation(getter, qualifiedName);
    }

    /** How JPA maps it now, for messages: "a @ManyToOne", or "not a relationship". */
    String mapping() {
      for (String relationship : List.of(Jpa.MANY_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY)) {
        if (annotation(relationship) != null) {
          return "a @" + relationship.substring(relationship.lastIndexOf('.') + 1);
        }
      }
      return "not a relationship";
    }
  }
}
