package dev.autoprofile.processor;

import dev.autoprofile.processor.Reporter.Location;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @AutoProfile} on an element, read through its mirror (never through {@code
 * getAnnotation}, which cannot return class literals), with the source position of each value.
 *
 * @param model the {@code model} class literal's type; its kind is VOID for the default and
 *     ERROR for a class that does not exist (yet)
 * @param modelValue where {@code model} is written, or null if defaulted
 * @param mappedBy empty when defaulted
 * @param onUpdate the name of the {@code OnUpdate} constant
 * @param onDelete the name of the {@code OnDelete} constant
 */
record AutoProfileAnnotation(
    Location location,
    TypeMirror model,
    AnnotationValue modelValue,
    String mappedBy,
    AnnotationValue mappedByValue,
    String onUpdate,
    String onDelete) {

  static final String NAME = "dev.autoprofile.AutoProfile";
  static final String LIST_NAME = "dev.autoprofile.AutoProfile.List";

  /** The {@code @AutoProfile}s on {@code element}, repeated ones included, in source order. */
  static List<AutoProfileAnnotation> allOn(Element element, TypeMirror voidType) {
    List<AutoProfileAnnotation> found = new ArrayList<>();
    for (AnnotationMirror mirror : Mirrors.findAll(element, NAME, LIST_NAME)) {
      if (Mirrors.name(mirror).equals(NAME)) {
        found.add(read(element, mirror, -1, voidType));
      } else {
        for (AnnotationValue each : Mirrors.array(mirror, "value")) {
          if (each.getValue() instanceof AnnotationMirror nested) {
            found.add(read(element, nested, found.size(), voidType));
          }
        }
      }
    }
    return found;
  }

  private static AutoProfileAnnotation read(
      Element element, AnnotationMirror mirror, int repeatIndex, TypeMirror voidType) {
    AnnotationValue modelValue = Mirrors.explicitValue(mirror, "model");
    AnnotationValue mappedByValue = Mirrors.explicitValue(mirror, "mappedBy");
    String onUpdate = Mirrors.constant(mirror, "onUpdate");
    String onDelete = Mirrors.constant(mirror, "onDelete");
    TypeMirror model = modelValue == null ? voidType : asType(modelValue);
    return new AutoProfileAnnotation(
        Location.of(element, mirror, repeatIndex),
        model,
        modelValue,
        Mirrors.string(mappedByValue),
        mappedByValue,
        onUpdate == null ? "SAVE" : onUpdate,
        onDelete == null ? "DELETE" : onDelete);
  }

  /** A class literal's type; a literal javac could not resolve has no TypeMirror value. */
  private static TypeMirror asType(AnnotationValue value) {
    return value.getValue() instanceof TypeMirror type ? type : null;
  }

  Location atModel() {
    return location.at("model", modelValue);
  }

  Location atMappedBy() {
    return location.at("mappedBy", mappedByValue);
  }
}
