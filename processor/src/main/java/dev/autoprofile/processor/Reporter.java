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
  private final AnnotationTrees trees;

  Reporter(Messager messager, AnnotationTrees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void report(Message message, Location at, Object... args) {
    String text = message.format(args);
    // javac places nothing inside the container it synthesizes for repeated annotations
    if (at.repeatIndex() >= 0 && trees.print(message.kind(), text, trees.find(at.element(), at.repeatIndex(),
        at.value() == null ? null : at.member()))) {
      return;
    }
    messager.printMessage(message.kind(), text, at.element(), at.annotation(), at.value());
  }

  /** The source text of the value at {@code at}, such as a class literal javac could not resolve. */
  String source(Location at) {
    String text = AnnotationTrees.source(trees.find(at.element(), Math.max(at.repeatIndex(), 0), at.member()));
    return text != null ? text : at.value() != null ? at.value().toString() : "?";
  }

  /** Reports an error and abandons the current user type, so that the next one is still checked. */
  AbortException abort(Message message, Location at, Object... args) {
    report(message, at, args);
    return new AbortException();
  }

  /**
   * Where a diagnostic points; {@code annotation} and {@code value} may be null.
   *
   * @param member the annotation member {@code value} belongs to
   * @param repeatIndex the annotation's position among repeated ones on the element, or -1 if it
   *     is not inside a container
   */
  record Location(Element element, AnnotationMirror annotation, AnnotationValue value, String member,
      int repeatIndex) {
    static Location of(Element element) {
      return new Location(element, null, null, null, -1);
    }

    static Location of(Element element, AnnotationMirror annotation, int repeatIndex) {
      return new Location(element, annotation, null, null, repeatIndex);
    }

    Location at(String newMember, AnnotationValue newValue) {
      return new Location(element, annotation, newValue, newMember, repeatIndex);
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
