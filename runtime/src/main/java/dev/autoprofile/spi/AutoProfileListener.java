package dev.autoprofile.spi;

import java.util.List;
import java.util.Objects;

/**
 * The superclass of the class the annotation processor generates for an {@code @AutoProfile}
 * entity, named {@code <User>_AutoProfileListener} next to it. The runtime loads it by that name
 * once, at bootstrap, through its public no-argument constructor.
 *
 * @param <U> the annotated user entity
 */
public abstract class AutoProfileListener<U> {
  private final Class<U> userType;
  private final List<ProfileModel<U, ?>> models;

  /**
   * Describes {@code userType} and its profiles, in the order of its annotations.
   *
   * @throws NullPointerException if an argument is null
   */
  @SafeVarargs
  protected AutoProfileListener(Class<U> userType, ProfileModel<U, ?>... models) {
    this.userType = Objects.requireNonNull(userType, "userType");
    this.models = List.of(models);
  }

  /** The annotated entity. */
  public final Class<U> userType() {
    return userType;
  }

  /** The profiles of each {@link #userType()}, in the order of the annotations. */
  public final List<ProfileModel<U, ?>> models() {
    return models;
  }

  @Override
  public String toString() {
    return getClass().getName() + models;
  }
}
