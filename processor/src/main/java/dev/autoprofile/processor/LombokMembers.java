package dev.autoprofile.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Tells whether Lombok wrote the members its annotations on a class ask for. When Lombok is not
 * on the processor path (or, under ECJ, not installed as its agent) its annotations still resolve
 * from the class path, but nothing writes the getters, setters and constructors they promise.
 * Checked for {@code @Getter}, {@code @Setter}, {@code @Data} and {@code @Value} on the class or a
 * field, and {@code @NoArgsConstructor}. A class with {@code @Accessors} is never judged: it renames
 * the accessors.
 */
final class LombokMembers {
  private static final String GETTER = "lombok.Getter";
  private static final String SETTER = "lombok.Setter";
  private static final String DATA = "lombok.Data";
  private static final String VALUE = "lombok.Value";
  private static final String NO_ARGS_CONSTRUCTOR = "lombok.NoArgsConstructor";
  private static final String ACCESSORS = "lombok.experimental.Accessors";

  private LombokMembers() {}

  /** A member a Lombok annotation asks for but {@code type} lacks. */
  record Missing(TypeElement type, Element annotated, AnnotationMirror annotation, String member) {}

  /** The first member Lombok should have written into {@code type} but did not, or null. */
  static Missing in(TypeElement type) {
    if (usesAccessors(type)) {
      return null;
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    AnnotationMirror noArgs = Mirrors.find(type, NO_ARGS_CONSTRUCTOR);
    if (noArgs != null && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .noneMatch(constructor -> constructor.getParameters().isEmpty())) {
      return new Missing(type, type, noArgs, "the constructor " + type.getSimpleName() + "()");
    }
    AnnotationMirror classGetter = firstOf(type, GETTER, DATA, VALUE);
    AnnotationMirror classSetter = firstOf(type, SETTER, DATA);
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC) || field.getSimpleName().toString().startsWith("$")) {
        continue;
      }
      Missing getter = check(type, field, GETTER, classGetter, hasGetter(methods, field), getterName(field) + "()");
      if (getter != null) {
        return getter;
      }
      if (!field.getModifiers().contains(Modifier.FINAL)) {
        Missing setter = check(type, field, SETTER, classSetter, hasSetter(methods, field),
            "set" + capitalized(field) + "(" + field.asType() + ")");
        if (setter != null) {
          return setter;
        }
      }
    }
    return null;
  }

  /** Missing if {@code field}, by its own annotation or its class's, asks for a member it lacks. */
  private static Missing check(TypeElement type, VariableElement field, String fieldAnnotation,
      AnnotationMirror classAnnotation, boolean present, String member) {
    if (present) {
      return null;
    }
    AnnotationMirror own = Mirrors.find(field, fieldAnnotation);
    if (own != null) {
      return accessNone(own) ? null : new Missing(type, field, own, member);
    }
    return classAnnotation == null || accessNone(classAnnotation) ? null : new Missing(type, type, classAnnotation, member);
  }

  /** {@code @Getter(AccessLevel.NONE)}: Lombok writes nothing on purpose. */
  private static boolean accessNone(AnnotationMirror annotation) {
    return "NONE".equals(Mirrors.constant(annotation, "value"));
  }

  private static boolean usesAccessors(TypeElement type) {
    if (Mirrors.has(type, ACCESSORS)) {
      return true;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream().anyMatch(field -> Mirrors.has(field, ACCESSORS));
  }

  private static AnnotationMirror firstOf(TypeElement type, String... names) {
    List<AnnotationMirror> found = Mirrors.findAll(type, names);
    return found.isEmpty() ? null : found.get(0);
  }

  private static boolean hasGetter(List<ExecutableElement> methods, VariableElement field) {
    String name = field.getSimpleName().toString();
    return methods.stream().anyMatch(method -> method.getParameters().isEmpty()
        && List.of("get" + capitalized(field), "is" + capitalized(field), name)
            .contains(method.getSimpleName().toString()));
  }

  private static boolean hasSetter(List<ExecutableElement> methods, VariableElement field) {
    String name = field.getSimpleName().toString();
    return methods.stream().anyMatch(method -> method.getParameters().size() == 1
        && List.of("set" + capitalized(field), name, "set" + capitalized(name.replaceFirst("^is(?=[A-Z])", "")))
            .contains(method.getSimpleName().toString()));
  }

  private static String getterName(VariableElement field) {
    return (field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get") + capitalized(field);
  }

  private static String capitalized(VariableElement field) {
    return capitalized(field.getSimpleName().toString());
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
