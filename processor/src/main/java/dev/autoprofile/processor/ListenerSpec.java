package dev.autoprofile.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One listener to write: the checked pairs of an annotated class, the input of {@link ListenerWriter}.
 *
 * @param origin the annotated class, the generated file's only originating element
 * @param annotated the annotated class's name, which the listener is named after and passes to
 *     the runtime
 */
record ListenerSpec(TypeElement origin, ClassName annotated, ClassName listener, List<PairSpec> pairs) {
  ListenerSpec {
    pairs = List.copyOf(pairs);
  }

  /** {@code com.acme.User} → {@code com.acme.User_AutoProfileListener}; nested classes joined by {@code _}. */
  static ClassName listenerName(ClassName annotated) {
    return ClassName.get(annotated.packageName(), String.join("_", annotated.simpleNames()) + "_AutoProfileListener");
  }
}
