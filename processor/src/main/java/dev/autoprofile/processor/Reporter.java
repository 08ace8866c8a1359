package dev.autoprofile.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Prints {@link Message}s at the most precise place known: the annotation value, else the
 * annotation, else the element. {@link #abort} ends the work on one user type only.
 */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void report(Message message, Location at, Object... args) {
    messager.printMessage(message.kind(), message.format(args), at.element(), at.annotation(), at.value());
  }

  /** Reports an error and abandons the current user type, so that the next one is still checked. */
  AbortException abort(Message message, Location at, Object... args) {
    report(message, at, args);
    return new AbortException();
  }

  /** Where a diagnostic points; {@code annotation} and {@code value} may be null. */
  record Location(Element element, AnnotationMirror annotation, AnnotationValue value) {
    static Location of(Element element) {
      return new Location(element, null, null);
    }

    Location at(AnnotationValue newValue) {
      return new Location(element, annotation, newValue);
    }
  }

  /** Stops the work on one user type after its error was reported. */
  static final class AbortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortException() {
      super(null, null, false, false);
    }
  }
}
