package dev.autoprofile.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The one place that reads annotation mirrors. Annotations are recognised by qualified name, so
 * the processor needs neither JPA nor Lombok nor the AutoProfile runtime on its own path; values
 * are read through {@link AnnotationValue}, never {@code getAnnotation}, which cannot return class
 * literals.
 */
final class Mirrors {
  private Mirrors() {}

  /** {@code jakarta.persistence.Entity} for an {@code @Entity}. */
  static String name(AnnotationMirror mirror) {
    // an annotation of a class file whose type is not on the class path may have no TypeElement
    return mirror.getAnnotationType().asElement() instanceof TypeElement type
        ? type.getQualifiedName().toString()
        : mirror.getAnnotationType().toString();
  }

  /** The annotation named {@code qualifiedName} directly on {@code element}, or null. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The annotations on {@code element} named one of {@code qualifiedNames}, in source order. */
  static List<AnnotationMirror> findAll(Element element, String... qualifiedNames) {
    List<String> names = List.of(qualifiedNames);
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (names.contains(name(mirror))) {
        found.add(mirror);
      }
    }
    return found;
  }

  static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName) != null;
  }

  /** Whether {@code element} carries an annotation whose qualified name starts with {@code prefix}. */
  static boolean hasAnyFrom(Element element, String prefix) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The value written for {@code member}, or null where the member is defaulted. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A string member's value; empty where the member is defaulted. */
  static String string(AnnotationMirror mirror, String member) {
    return string(explicitValue(mirror, member));
  }

  /** The string a value already found holds; empty for null. */
  static String string(AnnotationValue value) {
    return value == null ? "" : String.valueOf(value.getValue());
  }

  /**
   * An enum member's constant name ({@code PROPERTY}); null where the member is defaulted or its
   * constant does not resolve (javac reports that itself).
   */
  static String constant(AnnotationMirror mirror, String member) {
    AnnotationValue value = explicitValue(mirror, member);
    return value != null && value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : null;
  }

  /** The elements of an array member written explicitly; empty where defaulted. */
  static List<? extends AnnotationValue> array(AnnotationMirror mirror, String member) {
    AnnotationValue value = explicitValue(mirror, member);
    if (value != null && value.getValue() instanceof List<?> values) {
      return values.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of();
  }
}
