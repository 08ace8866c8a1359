package dev.autoprofile.processor;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The persistent attributes of a class as JPA (3.2, section 2.3) sees them; hibernate-processor's
 * {@code TypeUtils} decides the same way.
 *
 * <ol>
 *   <li>The hierarchy's default access type comes from where {@code @Id} or {@code @EmbeddedId}
 *       sits (field or getter) in its entities and mapped superclasses; FIELD if nowhere.
 *   <li>A class-level {@code @Access} overrides it for the attributes that class declares.
 *   <li>An attribute-level {@code @Access(PROPERTY)} on a getter of a field-access class makes the
 *       getter persistent; {@code @Access(FIELD)} on a field of a property-access class, the field.
 *   <li>{@code @Transient} members and {@code transient} or {@code static} fields never are.
 *   <li>Only classes annotated {@code @Entity} or {@code @MappedSuperclass} contribute: the state
 *       of any other superclass is not persistent.
 *   <li>A getter is non-static, takes no parameters, returns a value and is named {@code getX}, or
 *       {@code isX} returning {@code boolean}.
 *   <li>Under field access getters are not attributes, whatever they are annotated with.
 * </ol>
 */
final class JpaAttributes {
  enum AccessType {
    FIELD,
    PROPERTY
  }

  /**
   * One persistent attribute, with what the generated code may use to reach it.
   *
   * @param mapped the field or getter JPA maps, which carries the mapping annotations
   * @param field the field of the same name in the declaring class, if any: where a property
   *     without a reachable setter can still be written
   * @param getter the getter of the same name in the declaring class, if any
   */
  record Attribute(String name, TypeMirror type, Element mapped, VariableElement field, ExecutableElement getter) {
    AnnotationMirror annotation(String qualifiedName) {
      return Mirrors.find(mapped, qualifiedName);
    }

    /** How JPA maps it, for messages: "a @ManyToOne", or "not a relationship". */
    String mapping() {
      for (String relationship : List.of(Jpa.MANY_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY)) {
        if (annotation(relationship) != null) {
          return "a @" + relationship.substring(relationship.lastIndexOf('.') + 1);
        }
      }
      return "not a relationship";
    }

    /** {@code setUser} for {@code user}. */
    String setterName() {
      return "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  private JpaAttributes() {}

  /**
   * The persistent attributes of {@code type} and its mapped superclasses, by name: the class's
   * own first, each class's in declaration order (fields, then getters).
   */
  static Map<String, Attribute> of(TypeElement type) {
    AccessType hierarchy = defaultAccess(type);
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    for (TypeElement c = type; c != null; c = superclass(c)) {
      if (Jpa.isEntityOrMappedSuperclass(c)) {
        collect(c, access(c, hierarchy), attributes);
      }
    }
    return attributes;
  }

  private static void collect(TypeElement c, AccessType access, Map<String, Attribute> attributes) {
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.put(field.getSimpleName().toString(), field);
      }
    }
    // one pass over the methods: each getter in order, and each property's first getter
    List<Map.Entry<String, ExecutableElement>> getterList = new ArrayList<>();
    Map<String, ExecutableElement> getters = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
      String property = propertyName(method);
      if (property != null) {
        getterList.add(Map.entry(property, method));
        getters.putIfAbsent(property, method);
      }
    }
    for (VariableElement field : fields.values()) {
      boolean persistent = access == AccessType.FIELD || explicitAccess(field) == AccessType.FIELD;
      if (persistent && !field.getModifiers().contains(Modifier.TRANSIENT) && !Mirrors.has(field, Jpa.TRANSIENT)) {
        String name = field.getSimpleName().toString();
        attributes.putIfAbsent(name, new Attribute(name, field.asType(), field, field, getters.get(name)));
      }
    }
    for (Map.Entry<String, ExecutableElement> entry : getterList) {
      ExecutableElement getter = entry.getValue();
      boolean persistent = access == AccessType.PROPERTY || explicitAccess(getter) == AccessType.PROPERTY;
      if (persistent && !Mirrors.has(getter, Jpa.TRANSIENT)) {
        String name = entry.getKey();
        attributes.putIfAbsent(name, new Attribute(name, getter.getReturnType(), getter, fields.get(name), getter));
      }
    }
  }

  /**
   * The default access type of {@code type}'s hierarchy: where the nearest {@code @Id} or
   * {@code @EmbeddedId} of its entities and mapped superclasses sits, FIELD if none does. An id
   * member with an {@code @Access} of its own, or {@code @Transient}, says nothing about it.
   */
  static AccessType defaultAccess(TypeElement type) {
    for (TypeElement c = type; c != null; c = superclass(c)) {
      if (!Jpa.isEntityOrMappedSuperclass(c)) {
        continue;
      }
      for (Element member : c.getEnclosedElements()) {
        boolean id = Mirrors.has(member, Jpa.ID) || Mirrors.has(member, Jpa.EMBEDDED_ID);
        if (id && explicitAccess(member) == null && !Mirrors.has(member, Jpa.TRANSIENT)) {
          if (member.getKind() == ElementKind.FIELD) {
            return AccessType.FIELD;
          }
          if (member.getKind() == ElementKind.METHOD) {
            return AccessType.PROPERTY;
          }
        }
      }
    }
    return AccessType.FIELD;
  }

  /** The access type of the attributes {@code c} declares: its own {@code @Access}, else the hierarchy's. */
  static AccessType access(TypeElement c, AccessType hierarchy) {
    AccessType explicit = explicitAccess(c);
    return explicit == null ? hierarchy : explicit;
  }

  /** The {@code @Access} written on a class or member, or null. */
  private static AccessType explicitAccess(Element element) {
    AnnotationMirror access = Mirrors.find(element, Jpa.ACCESS);
    if (access == null) {
      return null;
    }
    String constant = Mirrors.constant(access, "value");
    return "FIELD".equals(constant) ? AccessType.FIELD : "PROPERTY".equals(constant) ? AccessType.PROPERTY : null;
  }

  /** {@code user} for {@code getUser()}, {@code active} for {@code boolean isActive()}; null for other methods. */
  static String propertyName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return Introspector.decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Introspector.decapitalize(name.substring(2));
    }
    return null;
  }

  /** The declared superclass of {@code type}; null above {@code Object} or where it does not resolve. */
  static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
  }
}
