package dev.autoprofile.spi;

import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import java.util.Objects;

/**
 * One user → model pair as a persistence unit runs it, from {@link RegisteredPairs}.
 *
 * @param userEntity the topmost entity the pair covers (an entity subclass of the declared user type where
 *     that is a mapped superclass); its entity subclasses are covered too
 * @param model the profile entity
 * @param declaredOn the side whose annotation declared the pair
 * @param onUpdate what saving an existing user does to the profile
 * @param onDelete what removing a user does to the profile
 */
public record RegisteredPair(Class<?> userEntity, Class<?> model, Side declaredOn, OnUpdate onUpdate,
    OnDelete onDelete) {

  /** Where a pair was declared. */
  public enum Side {
    /** {@code @AutoProfile} on the user (or a superclass of it). */
    USER,
    /** {@code @ProfileOf} on the model. */
    MODEL
  }

  /** @throws NullPointerException if a component is null */
  public RegisteredPair {
    Objects.requireNonNull(userEntity, "userEntity");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(declaredOn, "declaredOn");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(onDelete, "onDelete");
  }
}
