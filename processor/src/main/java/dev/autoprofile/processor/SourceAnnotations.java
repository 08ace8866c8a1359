package dev.autoprofile.processor;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Where an {@code @AutoProfile} or {@code @ProfileOf}, or one of its values, is written, beyond what
 * the {@link javax.annotation.processing.Messager} can point at. Only javac needs it: its Messager
 * places nothing inside the container it synthesizes for repeated annotations, nor prints the
 * class literal it could not resolve; javac's Tree API ({@link AnnotationTrees}) can. This type
 * names nothing of {@code jdk.compiler}, so the processor also loads where that module is out
 * of reach (ECJ in an Eclipse IDE on a JRE without it, or behind OSGi); ECJ's own Messager places
 * such diagnostics by itself.
 */
interface SourceAnnotations {
  /** Knows no source: callers fall back to the element, annotation and value. */
  SourceAnnotations NONE = new SourceAnnotations() {
    @Override
    public boolean print(Diagnostic.Kind kind, String message, Element element, String annotationName, int index,
        String member) {
      return false;
    }

    @Override
    public String source(Element element, String annotationName, int index, String member) {
      return null;
    }
  };

  /** javac's Tree API where it works for {@code env}, else {@link #NONE}. */
  static SourceAnnotations of(ProcessingEnvironment env) {
    try {
      return AnnotationTrees.of(env);
    } catch (LinkageError noJdkCompiler) {
      return NONE; // AnnotationTrees cannot even be loaded without com.sun.source
    }
  }

  /**
   * Prints {@code message} at the {@code index}-th annotation named {@code annotationName} written
   * on {@code element} (in source order, inside an explicit container too), or at its
   * {@code member} value if {@code member} is not null; false if that has no known position.
   */
  boolean print(Diagnostic.Kind kind, String message, Element element, String annotationName, int index,
      String member);

  /** The source text of that annotation's {@code member} value, e.g. {@code NoSuchProfile.class}; null if unknown. */
  String source(Element element, String annotationName, int index, String member);
}
