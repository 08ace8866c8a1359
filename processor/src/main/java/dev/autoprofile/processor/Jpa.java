package dev.autoprofile.processor;

import javax.lang.model.element.Element;

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
    return Mirrors.has(element, ENTITY);
  }

  static boolean isMappedSuperclass(Element element) {
    return Mirrors.has(element, MAPPED_SUPERCLASS);
  }

  /** The classes of an entity hierarchy whose state JPA maps. */
  static boolean isEntityOrMappedSuperclass(Element element) {
    return isEntity(element) || isMappedSuperclass(element);
  }
}
