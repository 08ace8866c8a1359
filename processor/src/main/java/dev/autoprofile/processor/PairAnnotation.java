package dev.autoprofile.processor;

import dev.autoprofile.processor.Reporter.Location;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One declared user → model pair: an {@code @AutoProfile} on the user, or the {@code @ProfileOf}
 * on the model. Read through its mirror (never through {@code getAnnotation}, which cannot return
 * class literals), with the source position of each value.
 *
 * @param side which entity of the pair carries the annotation
 * @param named the class literal's type ({@code model} on the user, {@code value} on the model);
 *     its kind is VOID for a defaulted {@code model}, and it is null or of kind ERROR for a class
 *     that does not exist (yet)
 * @param namedValue where that class literal is written, or null if defaulted
 * @param mappedBy empty when defaulted
 * @param onUpdate the name of the {@code OnUpdate} constant
 * @param onDelete the name of the {@code OnDelete} constant
 */
record PairAnnotation(
    Side side,
    Location location,
    TypeMirror named,
    AnnotationValue namedValue,
    String mappedBy,
    AnnotationValue mappedByValue,
    String onUpdate,
    String onDelete) {

  static final String AUTO_PROFILE = "dev.autoprofile.AutoProfile";
  static final String AUTO_PROFILE_LIST = "dev.autoprofile.AutoProfile.List";
  static final String PROFILE_OF = "dev.autoprofile.ProfileOf";

  /** The entity that carries the annotation, and the member that names the other one. */
  enum Side {
    /** {@code @AutoProfile(model = ...)} on the user. */
    USER("@AutoProfile", "model", "user"),
    /** {@code @ProfileOf(value = ...)} on the model. */
    MODEL("@ProfileOf", "value", "profile");

    private final String annotation;
    private final String member;
    private final String role;

    Side(String annotation, String member, String role) {
      this.annotation = annotation;
      this.member = member;
      this.role = role;
    }

    /** {@code @AutoProfile}, for messages. */
    String annotation() {
      return annotation;
    }

    /** The member naming the other class: {@code model} or {@code value}. */
    String member() {
      return member;
    }

    /** What the annotated entity plays: "user" or "profile". */
    String role() {
      return role;
    }
  }

  /** The {@code @AutoProfile}s on {@code element}, repeated ones included, in source order. */
  static List<PairAnnotation> autoProfilesOn(Element element, TypeMirror voidType) {
    List<PairAnnotation> found = new ArrayList<>();
    for (AnnotationMirror mirror : Mirrors.findAll(element, AUTO_PROFILE, AUTO_PROFILE_LIST)) {
      if (Mirrors.name(mirror).equals(AUTO_PROFILE)) {
        found.add(read(Side.USER, element, mirror, -1, voidType));
      } else {
        for (AnnotationValue each : Mirrors.array(mirror, "value")) {
          if (each.getValue() instanceof AnnotationMirror nested) {
            found.add(read(Side.USER, element, nested, found.size(), voidType));
          }
        }
      }
    }
    return found;
  }

  /** The {@code @ProfileOf} on {@code element}, or null. */
  static PairAnnotation profileOfOn(Element element) {
    AnnotationMirror mirror = Mirrors.find(element, PROFILE_OF);
    return mirror == null ? null : read(Side.MODEL, element, mirror, -1, null);
  }

  private static PairAnnotation read(
      Side side, Element element, AnnotationMirror mirror, int repeatIndex, TypeMirror defaultType) {
    AnnotationValue namedValue = Mirrors.explicitValue(mirror, side.member());
    AnnotationValue mappedByValue = Mirrors.explicitValue(mirror, "mappedBy");
    String onUpdate = Mirrors.constant(mirror, "onUpdate");
    String onDelete = Mirrors.constant(mirror, "onDelete");
    TypeMirror named = namedValue == null ? defaultType : asType(namedValue);
    return new PairAnnotation(
        side,
        Location.of(element, mirror, repeatIndex),
        named,
        namedValue,
        Mirrors.string(mappedByValue),
        mappedByValue,
        onUpdate == null ? "SAVE" : onUpdate,
        onDelete == null ? "DELETE" : onDelete);
  }

  /** A class literal's type; a literal javac could not resolve has no TypeMirror value. */
  private static TypeMirror asType(AnnotationValue value) {
    return value.getValue() instanceof TypeMirror type ? type : null;
  }

  /** Where the class this annotation names is written: {@code model = ...} or {@code value = ...}. */
  Location atNamed() {
    return location.at(side.member(), namedValue);
  }

  /** Where a problem of the user alone is reported: the annotation on it, or {@code value = ...}. */
  Location atUser() {
    return side == Side.USER ? location : atNamed();
  }

  /** Where a problem of the model alone is reported: {@code model = ...}, or the annotation on it. */
  Location atModel() {
    return side == Side.USER ? atNamed() : location;
  }

  Location atMappedBy() {
    return location.at("mappedBy", mappedByValue);
  }
}
