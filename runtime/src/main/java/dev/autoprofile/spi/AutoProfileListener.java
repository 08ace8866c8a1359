package dev.autoprofile.spi;

import java.util.List;
import java.util.Objects;

/**
 * The superclass of the class the annotation processor generates for an annotated entity, named
 * {@code <Class>_AutoProfileListener} next to it. The runtime loads it by that name once, at
 * bootstrap, through its public no-argument constructor.
 */
public abstract class AutoProfileListener {
  private final Class<?> annotatedType;
  private final List<ProfilePair<?, ?>> pairs;

  /**
   * Describes the pairs declared on {@code annotatedType}, in the order of its annotations.
   *
   * @throws NullPointerException if an argument is null
   */
  protected AutoProfileListener(Class<?> annotatedType, ProfilePair<?, ?>... pairs) {
    this.annotatedType = Objects.requireNonNull(annotatedType, "annotatedType");
    this.pairs = List.of(pairs);
  }

  /** The class whose annotations this listener was generated from. */
  public final Class<?> annotatedType() {
    return annotatedType;
  }

  /** The user → model pairs declared on {@link #annotatedType()}, in the order of the annotations. */
  public final List<ProfilePair<?, ?>> pairs() {
    return pairs;
  }

  @Override
  public String toString() {
    return getClass().getName() + pairs;
  }
}
