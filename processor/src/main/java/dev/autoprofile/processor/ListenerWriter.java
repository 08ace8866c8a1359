package dev.autoprofile.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Turns a {@link ListenerSpec} into the source of {@code <User>_AutoProfileListener}. */
final class ListenerWriter {
  static final String PROCESSOR = "dev.autoprofile.processor.AutoProfileProcessor";
  static final String GENERATED = "javax.annotation.processing.Generated";
  private static final ClassName LISTENER = ClassName.get("dev.autoprofile.spi", "AutoProfileListener");
  private static final ClassName PROFILE_MODEL = ClassName.get("dev.autoprofile.spi", "ProfileModel");
  private static final ClassName ON_UPDATE = ClassName.get("dev.autoprofile", "OnUpdate");
  private static final ClassName LIST = ClassName.get(List.class);

  /** The java.lang types the listener names without import; a same-package class would shadow them. */
  private static final Set<String> JAVA_LANG_USED = Set.of("Override", "Class");

  private final Elements elements;
  private final ClassName generated;

  ListenerWriter(Elements elements) {
    this.elements = elements;
    TypeElement generatedType = elements.getTypeElement(GENERATED);
    this.generated = generatedType == null ? null : ClassName.get(generatedType);
  }

  /** Whether {@code element} is a listener written here: {@code @Generated} names this processor. */
  static boolean isGeneratedHere(Element element) {
    AnnotationMirror generated = Jpa.annotation(element, GENERATED);
    if (generated == null) {
      return false;
    }
    for (AnnotationValue value : generated.getElementValues().values()) {
      if (value.getValue() instanceof List<?> names && names.size() == 1
          && ((AnnotationValue) names.get(0)).getValue().equals(PROCESSOR)) {
        return true;
      }
    }
    return false;
  }

  JavaFile write(ListenerSpec spec) {
    ClassName user = spec.user();
    TypeName modelsType = ParameterizedTypeName.get(LIST,
        ParameterizedTypeName.get(PROFILE_MODEL, user, WildcardTypeName.subtypeOf(Object.class)));

    TypeSpec.Builder type = TypeSpec.classBuilder(spec.listener())
        .addOriginatingElement(spec.userElement())
        .addJavadoc(classJavadoc(spec))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(LISTENER, user))
        .addField(FieldSpec.builder(modelsType, "MODELS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(models(spec))
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called once by the AutoProfile runtime, at bootstrap.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(MethodSpec.methodBuilder("userType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), user))
            .addStatement("return $T.class", user)
            .build())
        .addMethod(MethodSpec.methodBuilder("models")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(modelsType)
            .addStatement("return MODELS")
            .build());
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

  /** One short line per fact, so that no Javadoc line grows past 100 columns for usual names. */
  private static CodeBlock classJavadoc(ListenerSpec spec) {
    String user = spec.user().simpleName();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Creates the profile of every new {@link $T} and saves it with the user,\n", spec.user())
        .add("as {@code @AutoProfile} on {@code $L} says:\n\n<ul>\n", user);
    for (ProfileSpec profile : spec.profiles()) {
      String model = profile.model().simpleName();
      doc.add("  <li>{@link $T}, linked to the user through {@code $L.$L},\n",
          profile.model(), model, profile.mappedBy());
      if (profile.constructorTakesUser()) {
        doc.add("      built with {@code new $L(user)};\n", model);
      } else {
        doc.add("      built with {@code new $L()}, then {@code $L};\n", model, linkText(profile));
      }
      doc.add("      on update: {@code $L}.\n", profile.onUpdate());
    }
    doc.add("</ul>\n\n");
    TypeElement userType = spec.userElement();
    if (Jpa.annotation(userType, Jpa.MAPPED_SUPERCLASS) != null) {
      doc.add("<p>{@code $L} is a mapped superclass: this covers each of its entity subclasses.\n\n", user);
    } else if (userType.getModifiers().contains(Modifier.ABSTRACT)) {
      doc.add("<p>{@code $L} is abstract: this covers each of its entity subclasses.\n\n", user);
    }
    return doc
        .add("<p>Generated by the AutoProfile annotation processor; the AutoProfile runtime finds\n")
        .add("this class by its name. Do not edit: change the annotation and rebuild.\n")
        .build();
  }

  private static String linkText(ProfileSpec profile) {
    Accessor setter = profile.userSetter();
    return setter.isMethod() ? "profile." + setter.name() + "(user)" : "profile." + setter.name() + " = user";
  }

  private static CodeBlock models(ListenerSpec spec) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST).indent().indent();
    List<ProfileSpec> profiles = spec.profiles();
    for (int i = 0; i < profiles.size(); i++) {
      list.add("\n").add(model(spec.user(), profiles.get(i))).add(i + 1 < profiles.size() ? "," : "");
    }
    return list.add(")").unindent().unindent().build();
  }

  private static CodeBlock model(ClassName user, ProfileSpec profile) {
    ClassName model = profile.model();
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.of($T.class, $T.class)", PROFILE_MODEL, user, model)
        .indent().indent()
        .add("\n.mappedBy($S)", profile.mappedBy())
        .add("\n.onUpdate($T.$L)", ON_UPDATE, profile.onUpdate())
        .add(profile.constructorTakesUser() ? "\n.create($T::new)" : "\n.createEmpty($T::new)", model);
    if (profile.userSetter() != null) {
      code.add("\n.linkUser($L)", setter(model, "profile", "user", profile.userSetter()));
    }
    if (profile.userHoldsProfile()) {
      code.add("\n.profile($S, $L, $L)", profile.profileAttribute(),
          getter(user, "user", profile.profileGetter()),
          setter(user, "user", "profile", profile.profileSetter()));
    }
    return code.add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock getter(ClassName owner, String ownerName, Accessor accessor) {
    return accessor.isMethod()
        ? CodeBlock.of("$T::$L", owner, accessor.name())
        : CodeBlock.of("$L -> $L.$L", ownerName, ownerName, accessor.name());
  }

  private static CodeBlock setter(ClassName owner, String ownerName, String valueName, Accessor accessor) {
    return accessor.isMethod()
        ? CodeBlock.of("$T::$L", owner, accessor.name())
        : CodeBlock.of("($L, $L) -> $L.$L = $L", ownerName, valueName, ownerName, accessor.name(), valueName);
  }
}
