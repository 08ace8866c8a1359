package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.autoprofile.processor.JpaAttributes.AccessType;
import dev.autoprofile.processor.JpaAttributes.Attribute;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * {@link JpaAttributes}, one JPA rule at a time, on small entities compiled by javac. Each
 * attribute is shown as the member JPA maps: {@code owner} for a field, {@code getOwner()} for a
 * getter.
 */
class JpaAttributesTest {
  private static final String IMPORTS = """
      package t;

      import jakarta.persistence.*;

      """;

  /** What {@link JpaAttributes} says about one type, read while javac still holds its elements. */
  private record Seen(AccessType defaultAccess, Map<String, String> attributes, Map<String, Attribute> raw) {}

  /** Runs {@link JpaAttributes} on {@code type} inside javac, in the first round. */
  private static final class Probe extends AbstractProcessor {
    private final String type;
    private Seen seen;

    Probe(String type) {
      this.type = type;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (seen == null) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement("t." + type);
        Map<String, Attribute> raw = JpaAttributes.of(element);
        Map<String, String> shown = new LinkedHashMap<>();
        raw.forEach((name, attribute) -> shown.put(name, show(attribute.mapped())));
        seen = new Seen(JpaAttributes.defaultAccess(element), shown, raw);
      }
      return false;
    }
  }

  private static String show(Element member) {
    return member == null ? null
        : member.getSimpleName() + (member.getKind() == ElementKind.METHOD ? "()" : "");
  }

  /** Compiles {@code classes} (package {@code t}, JPA imported) and looks at {@code type}. */
  private static Seen look(String type, String classes) {
    Probe probe = new Probe(type);
    Compilation compilation = Compilations.compiler().withProcessors(probe)
        .withOptions("-proc:only")
        .compile(Compilations.source("t.Entities", IMPORTS + classes));
    assertThat(compilation).succeeded();
    return probe.seen;
  }

  // (1) the hierarchy's default access type: where @Id or @EmbeddedId sits

  @Test
  void idOnAGetterOfAMappedSuperclassMakesTheHierarchyUseProperties() {
    Seen seen = look("Sub", """
        @MappedSuperclass class Base {
          Long id;
          @Id Long getId() { return id; }
        }
        @Entity class Sub extends Base {
          String name;
          String getTitle() { return name; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.PROPERTY);
    assertThat(seen.attributes()).containsExactly("title", "getTitle()", "id", "getId()").inOrder();
  }

  @Test
  void idOnAFieldMakesTheHierarchyUseFields() {
    Seen seen = look("Sub", """
        @MappedSuperclass class Base {
          @Id Long id;
        }
        @Entity class Sub extends Base {
          String name;
          String getTitle() { return name; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.FIELD);
    assertThat(seen.attributes()).containsExactly("name", "name", "id", "id").inOrder();
  }

  @Test
  void embeddedIdCountsLikeId() {
    Seen seen = look("Keyed", """
        @Embeddable class Key { Long a; Long b; }
        @Entity class Keyed {
          Key key;
          String name;
          @EmbeddedId Key getKey() { return key; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.PROPERTY);
    assertThat(seen.attributes()).containsExactly("key", "getKey()");
  }

  @Test
  void withoutAnyIdFieldAccessIsTheDefault() {
    Seen seen = look("NoId", """
        @MappedSuperclass abstract class NoId {
          String name;
          String getTitle() { return name; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.FIELD);
    assertThat(seen.attributes()).containsExactly("name", "name");
  }

  // (2) a class-level @Access overrides the default for that class's own attributes only

  @Test
  void classLevelPropertyAccessCoversOnlyTheClassThatDeclaresIt() {
    Seen seen = look("Sub", """
        @MappedSuperclass class Base {
          @Id Long id;
          String code;
          String getIgnored() { return code; }
        }
        @Entity @Access(AccessType.PROPERTY) class Sub extends Base {
          String shadow;
          String getLabel() { return shadow; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.FIELD);
    assertThat(seen.attributes()).containsExactly("label", "getLabel()", "id", "id", "code", "code").inOrder();
  }

  @Test
  void classLevelFieldAccessCoversOnlyTheClassThatDeclaresIt() {
    Seen seen = look("Sub", """
        @MappedSuperclass @Access(AccessType.FIELD) class Base {
          String code;
          String getIgnored() { return code; }
        }
        @Entity class Sub extends Base {
          Long id;
          String plain;
          @Id Long getId() { return id; }
        }
        """);

    assertThat(seen.defaultAccess()).isEqualTo(AccessType.PROPERTY);
    assertThat(seen.attributes()).containsExactly("id", "getId()", "code", "code").inOrder();
  }

  // (3) an attribute-level @Access makes that one member persistent

  @Test
  void attributeLevelPropertyAccessAddsThatGetterUnderFieldAccess() {
    Seen seen = look("Mixed", """
        @Entity class Mixed {
          @Id Long id;
          @Access(AccessType.PROPERTY) String getComputed() { return "x"; }
          void setComputed(String value) {}
          String getPlain() { return "y"; }
        }
        """);

    assertThat(seen.attributes()).containsExactly("id", "id", "computed", "getComputed()").inOrder();
  }

  @Test
  void attributeLevelFieldAccessAddsThatFieldUnderPropertyAccess() {
    Seen seen = look("Mixed", """
        @Entity @Access(AccessType.PROPERTY) class Mixed {
          Long id;
          @Access(AccessType.FIELD) String raw;
          String hidden;
          @Id Long getId() { return id; }
        }
        """);

    assertThat(seen.attributes()).containsExactly("raw", "raw", "id", "getId()").inOrder();
  }

  // (4) @Transient members, transient and static fields are never attributes

  @Test
  void transientAndStaticFieldsAreNotAttributes() {
    Seen seen = look("Fields", """
        @Entity class Fields {
          @Id Long id;
          @Transient String annotated;
          transient String keyword;
          static String shared;
          String kept;
        }
        """);

    assertThat(seen.attributes()).containsExactly("id", "id", "kept", "kept").inOrder();
  }

  @Test
  void transientGettersAreNotAttributesUnderPropertyAccess() {
    Seen seen = look("Getters", """
        @Entity class Getters {
          Long id;
          @Id Long getId() { return id; }
          @Transient String getDerived() { return "d"; }
          String getKept() { return "k"; }
        }
        """);

    assertThat(seen.attributes()).containsExactly("id", "getId()", "kept", "getKept()").inOrder();
  }

  // (5) only entities and mapped superclasses contribute

  @Test
  void aPlainSuperclassContributesNothingButAMappedSuperclassAboveItDoes() {
    Seen seen = look("Leaf", """
        @MappedSuperclass class Top { String topState; }
        class Plain extends Top { String plainState; }
        @Entity class Leaf extends Plain { @Id Long id; }
        """);

    assertThat(seen.attributes()).containsExactly("id", "id", "topState", "topState").inOrder();
  }

  // (6) what a getter is

  @Test
  void onlyJavaBeansGettersAreProperties() {
    Seen seen = look("Shapes", """
        @Entity @Access(AccessType.PROPERTY) class Shapes {
          @Id Long getId() { return 1L; }
          static String getStatic() { return ""; }
          String getWithParameter(int i) { return ""; }
          void getNothing() {}
          boolean isActive() { return true; }
          Boolean isBoxed() { return true; }
          String isNotBoolean() { return ""; }
          String get() { return ""; }
          String fetchName() { return ""; }
          String getURL() { return ""; }
        }
        """);

    assertThat(seen.attributes())
        .containsExactly("id", "getId()", "active", "isActive()", "URL", "getURL()").inOrder();
  }

  // (7) under field access getters are not attributes, however annotated

  @Test
  void underFieldAccessAnnotatedGettersAreNotAttributes() {
    Seen seen = look("OwnerProfile", """
        @Entity class Owner { @Id Long id; }
        @Entity class OwnerProfile {
          @Id Long id;
          @OneToOne Owner owner;
          @Transient public Owner getPreviousOwner() { return null; }
          @OneToOne public Owner getOther() { return null; }
          public Owner getOwner() { return owner; }
        }
        """);

    assertThat(seen.attributes()).containsExactly("id", "id", "owner", "owner").inOrder();
    // the writer still finds the getter behind a field attribute
    assertThat(show(seen.raw().get("owner").getter())).isEqualTo("getOwner()");
  }

  @Test
  void underPropertyAccessTheFieldOfTheSameNameIsKeptForDirectWrites() {
    Seen seen = look("Card", """
        @Entity class Member { @Id Long id; }
        @Entity @Access(AccessType.PROPERTY) class Card {
          private Long id;
          private Member owner;
          @Id public Long getId() { return id; }
          @OneToOne public Member getHolder() { return owner; }
        }
        """);

    assertThat(seen.attributes()).containsExactly("id", "getId()", "holder", "getHolder()").inOrder();
    assertThat(show(seen.raw().get("id").field())).isEqualTo("id");
    assertThat(seen.raw().get("holder").field()).isNull();
  }
}
