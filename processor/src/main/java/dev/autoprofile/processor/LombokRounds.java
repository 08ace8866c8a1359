package dev.autoprofile.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Lets Lombok finish first. Lombok adds getters, setters and constructors to the classes it
 * processes; when its processor runs after this one in a round, a model looks as if it had no
 * setter. So an annotated class whose check found a problem while it or a class paired with it
 * (its models, or the user its {@code @ProfileOf} names) uses Lombok is checked again, once, in
 * the next round, when Lombok has run. If the members are still missing then, Lombok did not run
 * at all, and that is the error reported.
 */
final class LombokRounds {
  /** Annotated classes already given their one extra round, by name. */
  private final Set<String> retried = new HashSet<>();
  /** Classes whose missing Lombok members were reported, by name: once each. */
  private final Set<String> reported = new HashSet<>();

  /**
   * Reports {@link Message#LOMBOK_DID_NOT_RUN} instead of the problems held for {@code annotated}
   * when it or a class paired with it lacks members its Lombok annotations ask for; false, and
   * nothing done, otherwise.
   */
  boolean reportNotRun(TypeElement annotated, List<TypeElement> paired, Reporter reporter) {
    List<TypeElement> classes = new ArrayList<>();
    classes.add(annotated);
    classes.addAll(paired);
    for (TypeElement type : classes) {
      LombokMembers.Missing missing = LombokMembers.in(type);
      if (missing != null) {
        reporter.discard();
        if (reported.add(type.getQualifiedName().toString())) {
          reporter.report(Message.LOMBOK_DID_NOT_RUN, Reporter.Location.of(missing.annotated(), missing.annotation(), -1),
              type.getSimpleName(), Mirrors.name(missing.annotation()).substring("lombok.".length()), missing.member());
        }
        return true;
      }
    }
    return false;
  }

  /** Whether to check {@code annotated} again next round rather than report what was found now. */
  boolean retryLater(TypeElement annotated, List<TypeElement> paired) {
    if (retried.contains(annotated.getQualifiedName().toString())) {
      return false;
    }
    boolean lombok = usesLombok(annotated);
    for (TypeElement other : paired) {
      lombok |= usesLombok(other);
    }
    if (lombok) {
      retried.add(annotated.getQualifiedName().toString());
    }
    return lombok;
  }

  /** Whether {@code element}, or anything in it, carries a Lombok annotation. */
  private static boolean usesLombok(Element element) {
    if (Mirrors.hasAnyFrom(element, "lombok.")) {
      return true;
    }
    for (Element enclosed : element.getEnclosedElements()) {
      if (usesLombok(enclosed)) {
        return true;
      }
    }
    return false;
  }
}
