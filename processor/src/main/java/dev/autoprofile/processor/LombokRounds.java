package dev.autoprofile.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Lets Lombok finish first. Lombok adds getters, setters and constructors to the classes it
 * processes; when its processor runs after this one in a round, a model looks as if it had no
 * setter. So a user type whose check found a problem while it or one of its models uses Lombok is
 * checked again, once, in the next round, when Lombok has run.
 */
final class LombokRounds {
  /** Users already given their one extra round, by name. */
  private final Set<String> retried = new HashSet<>();

  /** Whether to check {@code user} again next round rather than report what was found now. */
  boolean retryLater(TypeElement user, List<TypeElement> models) {
    if (retried.contains(user.getQualifiedName().toString())) {
      return false;
    }
    boolean lombok = usesLombok(user);
    for (TypeElement model : models) {
      lombok |= usesLombok(model);
    }
    if (lombok) {
      retried.add(user.getQualifiedName().toString());
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
