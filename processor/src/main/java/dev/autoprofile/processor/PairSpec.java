package dev.autoprofile.processor;

import com.palantir.javapoet.ClassName;

/**
 * One checked pair, a user and one of its profile models: everything the writer needs, nothing it
 * must look up.
 *
 * @param declaredOn which side's annotation declares the pair
 * @param user the user entity whose creation creates the profile
 * @param userKind whether the user stands for its entity subclasses
 * @param model the profile entity
 * @param mappedBy the model's attribute that references the user
 * @param onUpdate the name of the {@code OnUpdate} constant
 * @param onDelete the name of the {@code OnDelete} constant
 * @param constructorTakesUser whether the model is built by a constructor taking the user
 * @param userSetter sets the model's user attribute; null where only the constructor can
 * @param profileAttribute the user's inverse attribute; null if the user maps none
 * @param profileGetter reads the user's inverse attribute; null if the user maps none
 * @param profileSetter writes the user's inverse attribute; null if the user maps none
 */
record PairSpec(
    PairAnnotation.Side declaredOn,
    ClassName user,
    UserKind userKind,
    ClassName model,
    String mappedBy,
    String onUpdate,
    String onDelete,
    boolean constructorTakesUser,
    Accessor userSetter,
    String profileAttribute,
    Accessor profileGetter,
    Accessor profileSetter) {

  /** What a user class covers: itself, or each of its entity subclasses. */
  enum UserKind {
    ENTITY,
    ABSTRACT_ENTITY,
    MAPPED_SUPERCLASS
  }

  boolean userHoldsProfile() {
    return profileGetter != null;
  }
}
