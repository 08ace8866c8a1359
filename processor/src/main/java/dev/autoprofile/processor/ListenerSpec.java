package dev.autoprofile.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated user entity and its profiles: the input of {@link ListenerWriter}.
 *
 * @param userElement the annotated class, the generated file's only originating element
 */
record ListenerSpec(TypeElement userElement, ClassName user, ClassName listener, List<ProfileSpec> profiles) {
  ListenerSpec {
    profiles = List.copyOf(profiles);
  }

  /** {@code com.acme.User} → {@code com.acme.User_AutoProfileListener}; nested classes joined by {@code _}. */
  static ClassName listenerName(ClassName user) {
    return ClassName.get(user.packageName(), String.join("_", user.simpleNames()) + "_AutoProfileListener");
  }
}
