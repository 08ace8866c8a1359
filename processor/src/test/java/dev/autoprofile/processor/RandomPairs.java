package dev.autoprofile.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * Builds random user/model pairs, valid and broken, together with what the processor must say
 * about each: the tagged errors and warnings (with their lines), or the listener it must write.
 * A pair is declared by {@code @AutoProfile} on the user or, for some, by {@code @ProfileOf} on
 * its one model; diagnostics then land in the model's file. The expectations follow the order in
 * which {@link PairRules} checks, so a wrong message, a wrong line or a missed misuse fails the
 * test, not only a crash.
 */
final class RandomPairs {
  /** A diagnostic the processor must print in the annotated class's file. */
  record Expected(String tag, long line) {}

  /** One user type with its models, in package {@code p<index>}. */
  static final class Pair {
    final int index;
    final List<JavaFileObject> sources = new ArrayList<>();
    final List<Expected> errors = new ArrayList<>();
    final List<Expected> warnings = new ArrayList<>();
    /** Whether {@code @ProfileOf} on the model declares the pair. */
    boolean modelSide;
    /** The file carrying the annotations, where every diagnostic of the pair must be. */
    JavaFileObject annotatedSource;
    /** The listener's qualified name; null when the pair is broken. */
    String listener;
    /** How the pair was built, for failure messages. */
    final List<String> choices = new ArrayList<>();

    Pair(int index) {
      this.index = index;
    }

    @Override
    public String toString() {
      return "pair " + index + " " + choices;
    }
  }

  private enum Access {
    PUBLIC("public "), PACKAGE(""), PROTECTED("protected "), PRIVATE("private ");

    final String keyword;

    Access(String keyword) {
      this.keyword = keyword;
    }

    /** Whether code in the listener's package reaches a member with this access. */
    boolean reachable(boolean samePackage) {
      return this == PUBLIC || (samePackage && this != PRIVATE);
    }
  }

  private enum ModelKind { ENTITY, PLAIN_CLASS, ENUM, RECORD, INTERFACE, ABSTRACT_ENTITY }

  private enum UserAttributes { NONE, ONE_TO_ONE, MANY_TO_ONE, TWO_ONE_TO_ONE, ONE_TO_ONE_AND_MANY_TO_ONE }

  private enum MappedBy { NONE, RIGHT, MISSING, WRONG_TYPE, TO_MANY_TO_ONE }

  private enum Inverse { NONE, ACCESSORS, FIELD, HIDDEN }

  private final Random random;

  RandomPairs(long seed) {
    this.random = new Random(seed);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private Access access() {
    return pick(Access.PUBLIC, Access.PUBLIC, Access.PUBLIC, Access.PACKAGE, Access.PROTECTED, Access.PRIVATE);
  }

  /** Source text with its line numbers counted as it is written. */
  private static final class Source {
    final StringBuilder text = new StringBuilder();
    long lines;

    long line(String line) {
      text.append(line).append('\n');
      return ++lines;
    }
  }

  /** One model of a user: how it is named in the annotation and how it is written. */
  private final class Model {
    /** Declared by {@code @ProfileOf} on this model rather than {@code @AutoProfile} on the user. */
    boolean declaresPair;
    String simpleName;
    String qualifiedName;
    boolean explicit = true;
    boolean conventionMissing;
    boolean self;
    boolean repeatsFirst;
    ModelKind kind = ModelKind.ENTITY;
    boolean otherPackage;
    Access classAccess = Access.PUBLIC;
    UserAttributes attributes = UserAttributes.ONE_TO_ONE;
    String mainAttribute = "user";
    MappedBy mappedBy = MappedBy.NONE;
    Access fieldAccess;
    Access setterAccess; // null: none
    Access userConstructor; // null: none
    Access noArgConstructor; // null: none
    long annotationLine;
    /** The line of {@code model = ...} on the user, or of {@code value = ...} on the model. */
    long modelLine;
    long mappedByLine;
  }

  Pair next(int index) {
    Pair pair = new Pair(index);
    boolean modelSide = chance(0.3);
    pair.modelSide = modelSide;
    String pkg = "p" + index;
    String user = "U" + index;
    boolean nested = chance(0.15);
    boolean userPrivate = nested && chance(0.3);
    String kind = chance(0.9) ? "class" : pick("interface", "enum", "record");
    if (kind.equals("record") && !TestedCompiler.current().placesDiagnosticsOnRecords()) {
      kind = "interface"; // ECJ would report it without a file and line: no way to check where
    }
    String entity = chance(0.9) ? "@Entity" : pick("@MappedSuperclass", "");
    boolean generic = kind.equals("class") && chance(0.02);
    boolean abstractUser = kind.equals("class") && chance(0.1);
    String outer = "O" + index;
    String userType = nested ? pkg + "." + outer + "." + user : pkg + "." + user;
    pair.choices.add((modelSide ? "@ProfileOf; " : "") + kind + (nested ? " nested" + (userPrivate ? " private" : "") : "") + " " + entity
        + (generic ? " generic" : "") + (abstractUser ? " abstract" : ""));

    List<Model> models = new ArrayList<>();
    int count = !modelSide && chance(0.2) ? 2 : 1;
    for (int j = 0; j < count; j++) {
      models.add(model(pair, pkg, user, userType, j, nested, userPrivate, models, modelSide));
    }

    // the user's file
    Source source = new Source();
    source.line("package " + pkg + ";");
    source.line("");
    source.line("import dev.autoprofile.AutoProfile;");
    source.line("import jakarta.persistence.*;");
    source.line("");
    String indent = "";
    if (nested) {
      source.line("public class " + outer + " {");
      indent = "  ";
    }
    if (!entity.isEmpty()) {
      source.line(indent + entity);
    }
    for (Model model : modelSide ? List.<Model>of() : models) {
      model.annotationLine = source.line(indent + "@AutoProfile(");
      List<String> members = new ArrayList<>();
      if (model.explicit) {
        members.add("model = " + model.qualifiedName + ".class");
      }
      if (model.mappedBy != MappedBy.NONE) {
        members.add("mappedBy = \"" + mappedByValue(model) + "\"");
      }
      if (members.isEmpty()) {
        members.add("onUpdate = dev.autoprofile.OnUpdate.SAVE");
      }
      for (int m = 0; m < members.size(); m++) {
        long line = source.line(indent + "    " + members.get(m) + (m + 1 < members.size() ? "," : ")"));
        if (members.get(m).startsWith("model")) {
          model.modelLine = line;
        } else if (members.get(m).startsWith("mappedBy")) {
          model.mappedByLine = line;
        }
      }
    }
    String modifiers = (nested ? (userPrivate ? "private static " : "public static ") : "public ")
        + (abstractUser ? "abstract " : "");
    Inverse inverse = Inverse.NONE;
    Model first = models.get(0);
    boolean inversePossible = kind.equals("class") && first.kind == ModelKind.ENTITY && !first.self
        && !first.conventionMissing && (!first.otherPackage || first.classAccess == Access.PUBLIC)
        && first.classAccess != Access.PRIVATE;
    if (inversePossible && chance(0.4)) {
      inverse = pick(Inverse.ACCESSORS, Inverse.FIELD, Inverse.HIDDEN);
    }
    pair.choices.add("inverse " + inverse);
    switch (kind) {
      case "class" -> {
        source.line(indent + modifiers + "class " + user + (generic ? "<T>" : "") + " {");
        source.line(indent + "  @Id Long id;");
        if (inverse != Inverse.NONE) {
          String mapped = first.mappedBy == MappedBy.NONE ? first.mainAttribute : mappedByValue(first);
          source.line(indent + "  @OneToOne(mappedBy = \"" + mapped + "\")");
          source.line(indent + "  " + (inverse == Inverse.FIELD ? "" : "private ") + first.qualifiedName + " profile;");
          if (inverse == Inverse.ACCESSORS) {
            source.line(indent + "  public " + first.qualifiedName + " getProfile() { return profile; }");
            source.line(indent + "  public void setProfile(" + first.qualifiedName + " p) { this.profile = p; }");
          }
        }
        source.line(indent + "}");
      }
      case "interface" -> source.line(indent + (nested ? "public " : "public ") + "interface " + user + " {}");
      case "enum" -> source.line(indent + (nested ? "public " : "public ") + "enum " + user + " { A }");
      default -> source.line(indent + (nested ? "public " : "public ") + "record " + user + "(Long id) {}");
    }
    // models nested next to the user live in the same outer class
    for (Model model : models) {
      if (nested && model.explicit && !model.self && !model.repeatsFirst) {
        writeModel(source, "  ", model, userType, true);
      }
    }
    if (nested) {
      source.line("}");
    }
    pair.sources.add(Compilations.source(pkg + "." + (nested ? outer : user), source.text.toString()));
    pair.annotatedSource = pair.sources.get(0);

    // top-level models, each in its own file
    for (Model model : models) {
      boolean topLevel = !(nested && model.explicit) && !model.self && !model.repeatsFirst && !model.conventionMissing;
      if (topLevel) {
        String modelPkg = model.otherPackage ? pkg + ".m" : pkg;
        Source modelSource = new Source();
        modelSource.line("package " + modelPkg + ";");
        modelSource.line("");
        modelSource.line("import jakarta.persistence.*;");
        modelSource.line("");
        writeModel(modelSource, "", model, userType, false);
        pair.sources.add(Compilations.source(modelPkg + "." + model.simpleName, modelSource.text.toString()));
        if (modelSide) {
          pair.annotatedSource = pair.sources.get(pair.sources.size() - 1);
        }
      }
    }

    if (modelSide) {
      String modelPkg = first.otherPackage ? pkg + ".m" : pkg;
      String listener = nested ? pkg + "." + outer + "_" + first.simpleName : modelPkg + "." + first.simpleName;
      expectModelSide(pair, kind, entity, generic, userPrivate, first, inverse, listener);
    } else {
      expect(pair, kind, entity, generic, userPrivate, models, inverse,
          nested ? pkg + "." + outer + "_" + user : pkg + "." + user);
    }
    return pair;
  }

  private Model model(Pair pair, String pkg, String user, String userType, int j, boolean nested,
      boolean userPrivate, List<Model> earlier, boolean modelSide) {
    Model model = new Model();
    model.declaresPair = modelSide;
    if (j == 1 && chance(0.2)) {
      Model first = earlier.get(0);
      model.repeatsFirst = true;
      model.explicit = first.explicit;
      model.simpleName = first.simpleName;
      model.qualifiedName = first.qualifiedName;
      model.conventionMissing = first.conventionMissing;
      pair.choices.add("model " + j + ": repeats the first");
      return model;
    }
    if (!modelSide && chance(0.02)) {
      model.self = true;
      model.simpleName = user;
      model.qualifiedName = userType;
      pair.choices.add("model " + j + ": the user itself");
      return model;
    }
    boolean convention = !modelSide && j == 0 && !userPrivate && chance(0.15);
    if (convention) {
      model.explicit = false;
      model.simpleName = user + "Profile";
      model.qualifiedName = pkg + "." + model.simpleName;
      if (chance(0.1)) {
        model.conventionMissing = true;
        pair.choices.add("model " + j + ": convention, missing");
        return model;
      }
    } else {
      model.simpleName = "M" + j + "x" + pair.index;
      // a package-private class in another package cannot even be named in the annotation
      model.otherPackage = !nested && chance(0.3);
      String modelPkg = model.otherPackage ? pkg + ".m" : pkg;
      model.qualifiedName = nested ? pkg + ".O" + pair.index + "." + model.simpleName : modelPkg + "." + model.simpleName;
    }
    double k = random.nextDouble();
    model.kind = k < 0.82 ? ModelKind.ENTITY : k < 0.86 ? ModelKind.ABSTRACT_ENTITY : k < 0.9 ? ModelKind.PLAIN_CLASS
        : k < 0.93 ? ModelKind.ENUM : k < 0.96 ? ModelKind.RECORD : ModelKind.INTERFACE;
    if (model.kind == ModelKind.RECORD && modelSide && !TestedCompiler.current().placesDiagnosticsOnRecords()) {
      model.kind = ModelKind.INTERFACE; // as for the user: an error on an annotated record has no line under ECJ
    }
    model.classAccess = nested && model.explicit
        ? pick(Access.PUBLIC, Access.PUBLIC, Access.PACKAGE, Access.PRIVATE)
        : model.otherPackage || chance(0.8) ? Access.PUBLIC : Access.PACKAGE;
    double a = random.nextDouble();
    model.attributes = a < 0.05 ? UserAttributes.NONE : a < 0.8 ? UserAttributes.ONE_TO_ONE
        : a < 0.86 ? UserAttributes.MANY_TO_ONE : a < 0.93 ? UserAttributes.TWO_ONE_TO_ONE
        : UserAttributes.ONE_TO_ONE_AND_MANY_TO_ONE;
    model.mainAttribute = model.attributes == UserAttributes.ONE_TO_ONE || model.attributes == UserAttributes.MANY_TO_ONE
        ? pick("user", "owner", "account") : "owner";
    double m = random.nextDouble();
    boolean several = model.attributes == UserAttributes.TWO_ONE_TO_ONE
        || model.attributes == UserAttributes.ONE_TO_ONE_AND_MANY_TO_ONE;
    model.mappedBy = several ? (m < 0.75 ? MappedBy.RIGHT : m < 0.85 ? MappedBy.NONE
            : model.attributes == UserAttributes.ONE_TO_ONE_AND_MANY_TO_ONE ? MappedBy.TO_MANY_TO_ONE : MappedBy.MISSING)
        : m < 0.75 ? MappedBy.NONE : m < 0.9 ? MappedBy.RIGHT : m < 0.95 ? MappedBy.MISSING : MappedBy.WRONG_TYPE;
    model.fieldAccess = access();
    model.setterAccess = chance(0.6) ? access() : null;
    model.userConstructor = chance(0.4) ? access() : null;
    model.noArgConstructor = chance(0.6) ? access() : null;
    pair.choices.add("model " + j + ": " + (model.explicit ? "" : "convention ") + model.kind + " "
        + model.classAccess + (model.otherPackage ? " other package" : "") + " " + model.attributes
        + " mappedBy " + model.mappedBy + " field " + model.fieldAccess + " setter " + model.setterAccess
        + " ctor(user) " + model.userConstructor + " ctor() " + model.noArgConstructor);
    return model;
  }

  private static String mappedByValue(Model model) {
    return switch (model.mappedBy) {
      case RIGHT -> model.mainAttribute;
      case MISSING -> "nosuch";
      case WRONG_TYPE -> "name";
      case TO_MANY_TO_ONE -> "editor";
      case NONE -> "";
    };
  }

  private void writeModel(Source source, String indent, Model model, String userType, boolean nested) {
    String access = model.classAccess.keyword + (nested ? "static " : "");
    String name = model.simpleName;
    if (model.declaresPair) {
      model.annotationLine = source.line(indent + "@dev.autoprofile.ProfileOf(");
      boolean mappedBy = model.mappedBy != MappedBy.NONE;
      model.modelLine = source.line(indent + "    value = " + userType + ".class" + (mappedBy ? "," : ")"));
      if (mappedBy) {
        model.mappedByLine = source.line(indent + "    mappedBy = \"" + mappedByValue(model) + "\")");
      }
    }
    switch (model.kind) {
      case ENUM -> {
        source.line(indent + access + "enum " + name + " { A }");
        return;
      }
      case RECORD -> {
        source.line(indent + access + "record " + name + "(" + userType + " user) {}");
        return;
      }
      case INTERFACE -> {
        source.line(indent + access + "interface " + name + " {}");
        return;
      }
      default -> { }
    }
    if (model.kind != ModelKind.PLAIN_CLASS) {
      source.line(indent + "@Entity");
    }
    source.line(indent + access + (model.kind == ModelKind.ABSTRACT_ENTITY ? "abstract " : "") + "class " + name + " {");
    source.line(indent + "  @Id Long id;");
    source.line(indent + "  String name;");
    String field = model.fieldAccess.keyword + userType + " ";
    switch (model.attributes) {
      case NONE -> { }
      case ONE_TO_ONE -> source.line(indent + "  @OneToOne " + field + model.mainAttribute + ";");
      case MANY_TO_ONE -> source.line(indent + "  @ManyToOne " + field + model.mainAttribute + ";");
      case TWO_ONE_TO_ONE -> {
        source.line(indent + "  @OneToOne " + field + "owner;");
        source.line(indent + "  @OneToOne " + field + "creator;");
      }
      case ONE_TO_ONE_AND_MANY_TO_ONE -> {
        source.line(indent + "  @OneToOne " + field + "owner;");
        source.line(indent + "  @ManyToOne " + field + "editor;");
      }
    }
    if (model.attributes != UserAttributes.NONE && model.setterAccess != null) {
      for (String attribute : attributeNames(model)) {
        source.line(indent + "  " + model.setterAccess.keyword + "void set" + Character.toUpperCase(attribute.charAt(0))
            + attribute.substring(1) + "(" + userType + " value) { this." + attribute + " = value; }");
      }
    }
    if (model.userConstructor != null) {
      source.line(indent + "  " + model.userConstructor.keyword + name + "(" + userType + " user) {}");
    }
    if (model.noArgConstructor != null) {
      source.line(indent + "  " + model.noArgConstructor.keyword + name + "() {}");
    }
    source.line(indent + "}");
  }

  private static List<String> attributeNames(Model model) {
    return switch (model.attributes) {
      case NONE -> List.of();
      case ONE_TO_ONE, MANY_TO_ONE -> List.of(model.mainAttribute);
      case TWO_ONE_TO_ONE -> List.of("owner", "creator");
      case ONE_TO_ONE_AND_MANY_TO_ONE -> List.of("owner", "editor");
    };
  }

  /** What the processor must report, in {@link PairRules}'s order. */
  private static void expect(Pair pair, String kind, String entity, boolean generic, boolean userPrivate,
      List<Model> models, Inverse inverse, String listener) {
    long first = models.get(0).annotationLine;
    if (!kind.equals("class")) {
      pair.errors.add(new Expected(Message.NOT_A_CLASS.tag(), first));
      return;
    }
    if (entity.isEmpty()) {
      pair.errors.add(new Expected(Message.USER_NOT_AN_ENTITY.tag(), first));
      return;
    }
    if (generic) {
      pair.errors.add(new Expected(Message.GENERIC_USER.tag(), first));
      return;
    }
    if (userPrivate) {
      pair.errors.add(new Expected(Message.USER_NOT_ACCESSIBLE.tag(), first));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < models.size(); j++) {
      Model model = models.get(j);
      Message error = modelError(model, seen);
      if (error != null) {
        long line = switch (error) {
          case MODEL_NOT_FOUND, AMBIGUOUS_USER_ATTRIBUTE -> model.annotationLine;
          case MAPPED_BY_NOT_FOUND, MAPPED_BY_WRONG_TYPE -> model.mappedByLine;
          case NOT_ONE_TO_ONE -> model.mappedBy != MappedBy.NONE ? model.mappedByLine : at(model);
          default -> at(model);
        };
        pair.errors.add(new Expected(error.tag(), line));
      } else if (j == 0 && inverse == Inverse.HIDDEN) {
        pair.warnings.add(new Expected(Message.INVERSE_NOT_ACCESSIBLE.tag(), model.annotationLine));
      }
    }
    if (pair.errors.isEmpty()) {
      pair.listener = listener + "_AutoProfileListener";
    }
  }

  /** The line of the model value, or of the annotation where the model is by convention. */
  private static long at(Model model) {
    return model.explicit ? model.modelLine : model.annotationLine;
  }

  /**
   * What the processor must report of a pair declared by {@code @ProfileOf}: the annotated model
   * is checked to be a class, then the user it names, then the pair as on the user side, with the
   * listener in the model's package.
   */
  private static void expectModelSide(Pair pair, String kind, String entity, boolean generic, boolean userPrivate,
      Model model, Inverse inverse, String listener) {
    Message error;
    if (model.kind == ModelKind.ENUM || model.kind == ModelKind.RECORD || model.kind == ModelKind.INTERFACE) {
      error = Message.NOT_A_CLASS;
    } else if (!kind.equals("class") || !entity.equals("@Entity")) {
      error = Message.USER_NOT_AN_ENTITY; // a @MappedSuperclass too: JPA maps no association to it
    } else if (generic) {
      error = Message.GENERIC_USER;
    } else if (userPrivate) {
      error = Message.USER_NOT_ACCESSIBLE;
    } else {
      error = modelError(model, new HashSet<>(), true);
    }
    if (error != null) {
      long line = switch (error) {
        case NOT_A_CLASS, MODEL_NOT_AN_ENTITY, MODEL_ABSTRACT, MODEL_NOT_ACCESSIBLE, AMBIGUOUS_USER_ATTRIBUTE,
            NO_CONSTRUCTOR, USER_NOT_SETTABLE -> model.annotationLine;
        case MAPPED_BY_NOT_FOUND, MAPPED_BY_WRONG_TYPE -> model.mappedByLine;
        case NOT_ONE_TO_ONE -> model.mappedBy != MappedBy.NONE ? model.mappedByLine : model.modelLine;
        default -> model.modelLine; // the user named by value = ...
      };
      pair.errors.add(new Expected(error.tag(), line));
      return;
    }
    // the listener lives in the model's package: a package-private field of the user elsewhere is out of reach
    if (inverse == Inverse.HIDDEN || (inverse == Inverse.FIELD && model.otherPackage)) {
      pair.warnings.add(new Expected(Message.INVERSE_NOT_ACCESSIBLE.tag(), model.modelLine));
    }
    pair.listener = listener + "_AutoProfileListener";
  }

  private static Message modelError(Model model, Set<String> seen) {
    return modelError(model, seen, !model.otherPackage);
  }

  /** @param samePackage whether the listener is in the model's package */
  private static Message modelError(Model model, Set<String> seen, boolean samePackage) {
    if (model.conventionMissing) {
      return Message.MODEL_NOT_FOUND;
    }
    if (!seen.add(model.qualifiedName)) {
      return Message.MODEL_REPEATED;
    }
    if (model.self) {
      return Message.MODEL_IS_USER;
    }
    if (model.kind != ModelKind.ENTITY && model.kind != ModelKind.ABSTRACT_ENTITY) {
      return Message.MODEL_NOT_AN_ENTITY;
    }
    if (model.kind == ModelKind.ABSTRACT_ENTITY) {
      return Message.MODEL_ABSTRACT;
    }
    if (!model.classAccess.reachable(samePackage)) {
      return Message.MODEL_NOT_ACCESSIBLE;
    }
    List<String> candidates = attributeNames(model);
    String attribute;
    if (model.mappedBy != MappedBy.NONE) {
      String named = mappedByValue(model);
      if (named.equals("name")) {
        return Message.MAPPED_BY_WRONG_TYPE;
      }
      if (!candidates.contains(named)) {
        return Message.MAPPED_BY_NOT_FOUND;
      }
      attribute = named;
    } else if (candidates.isEmpty()) {
      return Message.NO_USER_ATTRIBUTE;
    } else if (candidates.size() > 1) {
      return Message.AMBIGUOUS_USER_ATTRIBUTE;
    } else {
      attribute = candidates.get(0);
    }
    boolean oneToOne = !(model.attributes == UserAttributes.MANY_TO_ONE || attribute.equals("editor"));
    if (!oneToOne) {
      return Message.NOT_ONE_TO_ONE;
    }
    // without explicit constructors, javac's default one has the class's access
    Access implicit = model.userConstructor == null && model.noArgConstructor == null ? model.classAccess : null;
    boolean takesUser = model.userConstructor != null && model.userConstructor.reachable(samePackage);
    if (!takesUser) {
      Access noArg = model.noArgConstructor != null ? model.noArgConstructor : implicit;
      if (noArg == null || !noArg.reachable(samePackage)) {
        return Message.NO_CONSTRUCTOR;
      }
      boolean setter = model.setterAccess != null && model.setterAccess.reachable(samePackage);
      boolean field = model.fieldAccess.reachable(samePackage);
      if (!setter && !field) {
        return Message.USER_NOT_SETTABLE;
      }
    }
    return null;
  }
}
