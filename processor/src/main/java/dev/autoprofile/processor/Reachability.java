package dev.autoprofile.processor;

import dev.autoprofile.processor.JpaAttributes.Attribute;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What code in the listener's package can call or write: constructors, setters, fields, and the
 * classes enclosing them. The generated code uses no reflection, so this is all it has.
 */
final class Reachability {
  private final Elements elements;
  private final Types types;
  private final PackageElement home;

  /** @param home the package the listener is generated into */
  Reachability(Elements elements, Types types, PackageElement home) {
    this.elements = elements;
    this.types = types;
    this.home = home;
  }

  /** "package com.acme", for messages. */
  String describeHome() {
    return home.isUnnamed() ? "the unnamed package" : "package " + home.getQualifiedName();
  }

  /** Whether the listener can use {@code element}, and every class enclosing it. */
  boolean reaches(Element element) {
    return blocker(element) == null;
  }

  /** {@code element}, or the innermost class enclosing it, that the listener cannot use; null if none. */
  Element blocker(Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return e;
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !samePackage(e)) {
        return e;
      }
    }
    return null;
  }

  boolean samePackage(Element element) {
    return elements.getPackageOf(element).getQualifiedName().contentEquals(home.getQualifiedName());
  }

  /** The least visibility a member of {@code owner} needs for the listener, for messages. */
  String neededVisibility(Element owner) {
    return samePackage(owner) ? "non-private" : "public";
  }

  /** Whether {@code type} has a reachable constructor taking one parameter that {@code parameter} accepts. */
  boolean hasConstructorTaking(TypeElement type, Predicate<TypeMirror> parameter) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (reaches(constructor) && constructor.getParameters().size() == 1
          && parameter.test(constructor.getParameters().get(0).asType())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} has a reachable no-argument constructor (javac's default one included). */
  boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (reaches(constructor) && constructor.getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the listener sets {@code attribute} of {@code owner} to a value of {@code valueType}: a
   * reachable setter (inherited ones too) first, then the field; null if neither.
   */
  Accessor writer(TypeElement owner, Attribute attribute, TypeMirror valueType) {
    String setterName = attribute.setterName();
    for (TypeElement c = owner; c != null; c = JpaAttributes.superclass(c)) {
      for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals(setterName) && method.getParameters().size() == 1
            && !method.getModifiers().contains(Modifier.STATIC) && reaches(method)
            && types.isAssignable(types.erasure(valueType), types.erasure(method.getParameters().get(0).asType()))) {
          return Accessor.method(setterName);
        }
      }
    }
    return writableField(attribute) ? Accessor.field(attribute.name()) : null;
  }

  /** Whether the listener can assign {@code attribute}'s field directly. */
  boolean writableField(Attribute attribute) {
    VariableElement field = attribute.field();
    return field != null && reaches(field) && !field.getModifiers().contains(Modifier.FINAL);
  }

  /** Whether the listener can call {@code attribute}'s getter. */
  boolean readableGetter(Attribute attribute) {
    return attribute.getter() != null && reaches(attribute.getter());
  }
}
