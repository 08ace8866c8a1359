package dev.autoprofile.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Turns a {@link ListenerSpec} into the source of {@code <Class>_AutoProfileListener}. */
final class ListenerWriter {
  static final String PROCESSOR = "dev.autoprofile.processor.AutoProfileProcessor";
  static final String GENERATED = "javax.annotation.processing.Generated";
  private static final ClassName LISTENER = ClassName.get("dev.autoprofile.spi", "AutoProfileListener");
  private static final ClassName PROFILE_PAIR = ClassName.get("dev.autoprofile.spi", "ProfilePair");
  private static final ClassName ON_UPDATE = ClassName.get("dev.autoprofile", "OnUpdate");
  private static final ClassName ON_DELETE = ClassName.get("dev.autoprofile", "OnDelete");

  /** The java.lang types the listener names without import; a same-package class would shadow them. */
  private static final Set<String> JAVA_LANG_USED = Set.of("Override");

  private final Elements elements;
  private final ClassName generated;

  ListenerWriter(Elements elements) {
    this.elements = elements;
    TypeElement generatedType = elements.getTypeElement(GENERATED);
    this.generated = generatedType == null ? null : ClassName.get(generatedType);
  }

  /** Whether {@code element} is a listener written here: {@code @Generated} names this processor. */
  static boolean isGeneratedHere(Element element) {
    AnnotationMirror generated = Mirrors.find(element, GENERATED);
    if (generated == null) {
      return false;
    }
    List<? extends AnnotationValue> names = Mirrors.array(generated, "value");
    return names.size() == 1 && Mirrors.string(names.get(0)).equals(PROCESSOR);
  }

  JavaFile write(ListenerSpec spec) {
    List<ClassName> pairClasses = pairClassNames(spec);
    CodeBlock.Builder pairs = CodeBlock.builder();
    for (ClassName pairClass : pairClasses) {
      pairs.add(", new $T()", pairClass);
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(spec.listener())
        .addOriginatingElement(spec.origin())
        .addJavadoc(classJavadoc(spec))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(LISTENER)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called once by the AutoProfile runtime, at bootstrap.\n")
            .addModifiers(Modifier.PUBLIC)
            .addStatement("super($T.class$L)", spec.annotated(), pairs.build())
            .build());
    for (int i = 0; i < pairClasses.size(); i++) {
      type.addType(pair(spec.pairs().get(i), pairClasses.get(i)));
    }
    if (generated != null) {
      type.addAnnotation(AnnotationSpec.builder(generated).addMember("value", "$S", PROCESSOR).build());
    }
    // looked up by name: listing the package would complete (or implicitly compile) all of it
    String pkg = spec.listener().packageName();
    JAVA_LANG_USED.stream()
        .filter(name -> elements.getTypeElement(pkg.isEmpty() ? name : pkg + "." + name) != null)
        .sorted()
        .forEach(type::alwaysQualify);
    return JavaFile.builder(spec.listener().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** {@code Profile} of {@code User} → {@code <Listener>.ProfileOfUser}, numbered if taken. */
  private static List<ClassName> pairClassNames(ListenerSpec spec) {
    List<ClassName> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (PairSpec pair : spec.pairs()) {
      String base = pair.model().simpleName() + "Of" + pair.user().simpleName();
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + n;
      }
      names.add(spec.listener().nestedClass(name));
    }
    return names;
  }

  /**
   * One {@code ProfilePair} subclass: each step a plain constructor call, accessor call or field
   * assignment, which javac compiles much faster than a builder chain of method references.
   */
  private static TypeSpec pair(PairSpec profile, ClassName name) {
    ClassName user = profile.user();
    ClassName model = profile.model();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc(profile.declaredOn() == PairAnnotation.Side.USER
            ? "The {@code @AutoProfile(model = $L.class)} of {@code $L}.\n"
            : "The {@code @ProfileOf($2L.class)} of {@code $1L}.\n", model.simpleName(), user.simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .superclass(ParameterizedTypeName.get(PROFILE_PAIR, user, model))
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class, $T.class, $S,$W$T.$L, $T.$L, $L)", user, model, profile.mappedBy(),
                ON_UPDATE, profile.onUpdate(), ON_DELETE, profile.onDelete(),
                profile.userHoldsProfile() ? CodeBlock.of("$S", profile.profileAttribute()) : "null")
            .build())
        .addMethod(newProfile(profile));
    if (profile.userSetter() != null) {
      type.addMethod(override("linkUser", Modifier.PUBLIC)
          .addParameter(model, "profile")
          .addParameter(user, "user")
          .addStatement(write("profile", profile.userSetter(), "user"))
          .build());
    }
    if (profile.userHoldsProfile()) {
      type.addMethod(override("profileOf", Modifier.PUBLIC)
              .returns(model)
              .addParameter(user, "user")
              .addStatement(read("user", profile.profileGetter()))
              .build())
          .addMethod(override("setProfile", Modifier.PUBLIC)
              .addParameter(user, "user")
              .addParameter(model, "profile")
              .addStatement(write("user", profile.profileSetter(), "profile"))
              .build());
    }
    return type.build();
  }

  /** {@code new Profile(user)}, or {@code new Profile()} and then {@code linkUser}: the setter is written once. */
  private static MethodSpec newProfile(PairSpec profile) {
    ClassName user = profile.user();
    ClassName model = profile.model();
    MethodSpec.Builder method = override("newProfile", Modifier.PUBLIC).returns(model).addParameter(user, "user");
    if (profile.constructorTakesUser()) {
      return method.addStatement("return new $T(user)", model).build();
    }
    return method
        .addStatement("$T profile = new $T()", model, model)
        .addStatement("linkUser(profile, user)")
        .addStatement("return profile")
        .build();
  }

  private static MethodSpec.Builder override(String name, Modifier visibility) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(visibility);
  }

  private static CodeBlock read(String owner, Accessor getter) {
    return getter.isMethod()
        ? CodeBlock.of("return $L.$L()", owner, getter.name())
        : CodeBlock.of("return $L.$L", owner, getter.name());
  }

  private static CodeBlock write(String owner, Accessor setter, String value) {
    return setter.isMethod()
        ? CodeBlock.of("$L.$L($L)", owner, setter.name(), value)
        : CodeBlock.of("$L.$L = $L", owner, setter.name(), value);
  }

  /**
   * One short line per fact, so that no Javadoc line grows past 100 columns for usual names. A
   * listener of user-side pairs only speaks of its one user; otherwise each pair names its user.
   */
  private static CodeBlock classJavadoc(ListenerSpec spec) {
    String annotated = spec.annotated().simpleName();
    boolean userSideOnly = spec.pairs().stream().allMatch(p -> p.declaredOn() == PairAnnotation.Side.USER);
    CodeBlock.Builder doc = CodeBlock.builder();
    if (userSideOnly) {
      doc.add("Creates the profile of every new {@link $T} and saves it with the user,\n", spec.annotated())
          .add("as {@code @AutoProfile} on {@code $L} says:\n\n<ul>\n", annotated);
    } else {
      doc.add("Creates the profiles declared on {@link $T}, and saves each with its user:\n\n<ul>\n",
          spec.annotated());
    }
    for (PairSpec profile : spec.pairs()) {
      String model = profile.model().simpleName();
      if (userSideOnly) {
        doc.add("  <li>{@link $T}, linked to the user through {@code $L.$L},\n", profile.model(), model, profile.mappedBy());
      } else {
        doc.add("  <li>{@link $T} of every new {@link $T}, as {@code $L} says,\n", profile.model(), profile.user(),
                profile.declaredOn().annotation())
            .add("      linked to the user through {@code $L.$L},\n", model, profile.mappedBy());
      }
      if (profile.constructorTakesUser()) {
        doc.add("      built with {@code new $L(user)};\n", model);
      } else {
        doc.add("      built with {@code new $L()}, then {@code $L};\n", model, linkText(profile));
      }
      doc.add("      on update: {@code $L}, on delete: {@code $L}.\n", profile.onUpdate(), profile.onDelete());
    }
    doc.add("</ul>\n\n");
    Set<ClassName> covering = new LinkedHashSet<>();
    for (PairSpec profile : spec.pairs()) {
      if (profile.userKind() != PairSpec.UserKind.ENTITY && covering.add(profile.user())) {
        doc.add("<p>{@code $L} is $L: this covers each of its entity subclasses.\n\n", profile.user().simpleName(),
            profile.userKind() == PairSpec.UserKind.MAPPED_SUPERCLASS ? "a mapped superclass" : "abstract");
      }
    }
    return doc
        .add("<p>Generated by the AutoProfile annotation processor; the AutoProfile runtime finds\n")
        .add("this class by its name. Do not edit: change the annotation and rebuild.\n")
        .build();
  }

  private static String linkText(PairSpec profile) {
    Accessor setter = profile.userSetter();
    return setter.isMethod() ? "profile." + setter.name() + "(user)" : "profile." + setter.name() + " = user";
  }
}
