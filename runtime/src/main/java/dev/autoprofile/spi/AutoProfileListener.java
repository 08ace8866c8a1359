package dev.autoprofile.spi;

import java.util.List;

/**
 * Implemented by the class the annotation processor generates for an {@code @AutoProfile} entity,
 * named {@code <User>_AutoProfileListener} next to it. The runtime loads it by that name once, at
 * bootstrap, through its public no-argument constructor.
 *
 * @param <U> the annotated user entity
 */
public interface AutoProfileListener<U> {

  /** The annotated entity. */
  Class<U> userType();

  /** The profiles of each {@link #userType()}, in the order of the annotations. */
  List<ProfileModel<U, ?>> models();
}
