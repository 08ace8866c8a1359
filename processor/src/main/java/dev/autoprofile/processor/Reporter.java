package dev.autoprofile.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints {@link Message}s at the most precise place known: the annotation value, else the
 * annotation, else the element. {@link #abort} ends the work on one user type only.
 */
final class Reporter {
  private final Messager messager;
  private final SourceAnnotations sources;
  /** Diagnostics held back while a user type is checked; null when they print at once. */
  private List<Runnable> held;
  /** How many of {@link #held} are errors or warnings. */
  private int problems;

  Reporter(Messager messager, SourceAnnotations sources) {
    this.messager = messager;
    this.sources = sources;
  }

  /**
   * Holds back every diagnostic until {@link #release} prints them or {@link #discard} drops them:
   * the check of a user type that will be retried in a later round must leave no trace.
   */
  void hold() {
    held = new ArrayList<>();
  }

  /** Whether an error or warning is held back. */
  boolean holdsProblems() {
    return problems > 0;
  }

  void release() {
    List<Runnable> toPrint = held;
    held = null;
    problems = 0;
    if (toPrint != null) {
      toPrint.forEach(Runnable::run);
    }
  }

  void discard() {
    held = null;
    problems = 0;
  }

  void report(Message message, Location at, Object... args) {
    if (held != null) {
      if (message.kind() == Diagnostic.Kind.ERROR || message.kind() == Diagnostic.Kind.WARNING) {
        problems++;
      }
      held.add(() -> print(message, at, args));
      return;
    }
    print(message, at, args);
  }

  private void print(Message message, Location at, Object... args) {
    String text = message.formatOn(at.side(), args);
    // javac places nothing inside the container it synthesizes for repeated annotations
    if (at.repeatIndex() >= 0 && sources.print(message.kind(), text, at.element(), at.annotationName(),
        at.repeatIndex(), at.value() == null ? null : at.member())) {
      return;
    }
    messager.printMessage(message.kind(), text, at.element(), at.annotation(), at.value());
  }

  /** The source text of the value at {@code at}, such as a class literal javac could not resolve. */
  String source(Location at) {
    String text = sources.source(at.element(), at.annotationName(), Math.max(at.repeatIndex(), 0), at.member());
    if (text != null) {
      return text;
    }
    String value = at.value() == null ? "" : at.value().toString();
    return value.isEmpty() || value.contains("<error>") ? "..." : value;
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

    /** The qualified name of the annotation pointed into, or null. */
    String annotationName() {
      return annotation == null ? null : Mirrors.name(annotation);
    }

    /** The side whose annotation this points into: the message's text is that annotation's. */
    PairAnnotation.Side side() {
      return PairAnnotation.PROFILE_OF.equals(annotationName()) ? PairAnnotation.Side.MODEL : PairAnnotation.Side.USER;
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
