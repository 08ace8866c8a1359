package dev.autoprofile.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The JPA annotations the processor reads, recognised by name so that the processor needs no JPA
 * classes on its own path.
 */
final class Jpa {
  static final String ENTITY = "jakarta.persistence.Entity";
  static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
  static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
  static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
  static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
  static final String TRANSIENT = "jakarta.persistence.Transient";
  static final String ACCESS = "jakarta.persistence.Access";
  static final String ID = "jakarta.persistence.Id";
  static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";

  private Jpa() {}

  static boolean isEntity(Element element) {
    return annotation(element, ENTITY) != null;
  }

  static boolean isEntityOrMappedSuperclass(Element element) {
    return isEntity(element) || annotation(element, MAPPED_SUPERCLASS) != null;
  }

  /** The annotation named {@code qualifiedName} on {@code element}, or null. */
  static AnnotationMirror annotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }
}
