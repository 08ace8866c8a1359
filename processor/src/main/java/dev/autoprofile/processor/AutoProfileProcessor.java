package dev.autoprofile.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.autoprofile.processor.Reporter.AbortException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code <Class>_AutoProfileListener} for every class annotated {@code @AutoProfile}
 * (a user, naming its profile models), {@code @ProfileOf} (a profile model, naming its user) or
 * both, after checking every pair declared on it. Misuse is a compile error on the annotation;
 * nothing this processor does can crash javac.
 */
@AutoService(Processor.class)
public final class AutoProfileProcessor extends AbstractProcessor {
  private Reporter reporter;
  private PairRules rules;
  private ListenerWriter writer;
  private final LombokRounds lombok = new LombokRounds();
  private boolean verbose;
  /** Annotated classes whose models or users did not exist yet, by name: elements are not valid across rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Sees each annotated class before it is checked; only tests set it, to force a failure. */
  private final Consumer<Element> inspector;

  /** Instantiated by javac through the service loader. */
  public AutoProfileProcessor() {
    this(element -> {});
  }

  /** For tests: {@code inspector} runs first on every annotated class, inside the error handling. */
  AutoProfileProcessor(Consumer<Element> inspector) {
    this.inspector = inspector;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager(), SourceAnnotations.of(env));
    rules = new PairRules(env.getElementUtils(), env.getTypeUtils(), reporter);
    writer = new ListenerWriter(env.getElementUtils());
    verbose = "true".equals(option(Option.VERBOSE, env.getOptions()));
  }

  /**
   * Our annotations, and {@code @Generated} so that the listeners written here can be claimed in
   * the next round: unclaimed, javac's {@code -Xlint:processing} would warn about them.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PairAnnotation.AUTO_PROFILE, PairAnnotation.AUTO_PROFILE_LIST, PairAnnotation.PROFILE_OF,
        ListenerWriter.GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Option.keys();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(annotations, round);
      return claims(annotations, round);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      // whatever went wrong outside one annotated class: javac must not see it
      processingEnv.getMessager().printMessage(Message.INTERNAL_ERROR.kind(),
          Message.INTERNAL_ERROR.format("this round", stackTrace(e)));
      return false;
    }
  }

  /**
   * Claims the round's annotations when they are ours: {@code @AutoProfile}, {@code @ProfileOf}, and {@code @Generated}
   * only where every class carrying it is a listener this processor wrote.
   */
  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ListenerWriter.GENERATED)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (!ListenerWriter.isGeneratedHere(element)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    // sorted by name, so that diagnostics and files come out in the same order on every build
    Map<String, Element> annotated = new TreeMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        annotated.put(name, type);
      }
    }
    deferred.clear();
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ListenerWriter.GENERATED)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        annotated.putIfAbsent(key(element), element); // once, whichever of our annotations it carries
      }
    }
    annotated.values().stream().sorted(Comparator.comparing(AutoProfileProcessor::key))
        .forEach(element -> generate(element, lastRound));
  }

  private void generate(Element element, boolean lastRound) {
    try {
      inspector.accept(element);
      ListenerSpec spec = check(element, lastRound);
      if (spec == null) {
        return;
      }
      JavaFile file = writer.write(spec);
      file.writeTo(processingEnv.getFiler());
      if (verbose) {
        reporter.report(Message.GENERATED, Reporter.Location.of(element),
            file.packageName() + "." + file.typeSpec().name(), key(element));
      }
    } catch (MissingTypeException e) {
      deferred.add(key(element));
    } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
      reporter.report(Message.INTERNAL_ERROR, Reporter.Location.of(element), key(element), stackTrace(e));
    }
  }

  /**
   * The checked listener of {@code element}, or null after its problems were reported.
   *
   * @throws MissingTypeException to check it again next round: a model or user does not exist yet, or
   *     Lombok may not have added the members it lacks
   */
  private ListenerSpec check(Element element, boolean lastRound) {
    reporter.hold();
    ListenerSpec spec;
    try {
      spec = rules.check(element, lastRound);
    } catch (AbortException e) {
      spec = null;
    } catch (RuntimeException | Error e) {
      reporter.discard();
      throw e;
    }
    if (reporter.holdsProblems() && element instanceof TypeElement type) {
      List<TypeElement> paired = rules.pairedClassesOf(type);
      if (!lastRound && lombok.retryLater(type, paired)) {
        reporter.discard();
        throw new MissingTypeException();
      }
      if (lombok.reportNotRun(type, paired, reporter)) {
        return null;
      }
    }
    reporter.release();
    return spec;
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private String option(Option option, Map<String, String> options) {
    if (options.containsKey(option.key()) && options.get(option.key()) == null) {
      return "true"; // -Aautoprofile.verbose alone
    }
    String value = option.valueIn(options);
    if (value == null) {
      processingEnv.getMessager().printMessage(Message.INVALID_OPTION.kind(),
          Message.INVALID_OPTION.format(option.key(), options.get(option.key()), String.join(", ", option.validValues())));
    }
    return value;
  }

  private static String key(Element element) {
    return element instanceof TypeElement type ? type.getQualifiedName().toString() : element.toString();
  }
}
