package dev.autoprofile.spi;

import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import java.util.Objects;

/**
 * One user → model pair: how to build a profile of the model for a user, link it, and find the one
 * a user holds. Generated listeners subclass it once per pair and implement each step with a plain
 * constructor call, accessor or field assignment: no reflection, no lambdas, nothing for javac to
 * infer.
 *
 * @param <U> the user entity
 * @param <P> the model, the profile entity
 */
public abstract class ProfilePair<U, P> {
  private final Class<U> userType;
  private final Class<P> modelType;
  private final String mappedBy;
  private final OnUpdate onUpdate;
  private final OnDelete onDelete;
  private final String profileAttribute;

  /**
   * Describes {@code modelType} as the profile of {@code userType}.
   *
   * @param mappedBy the model's attribute that references the user
   * @param onUpdate what saving an existing user does to the profile
   * @param onDelete what removing a user does to the profile
   * @param profileAttribute the user's inverse attribute ({@code @OneToOne(mappedBy = ...)}), or
   *     null if it maps none; where it is given, {@link #profileOf} and {@link #setProfile} must
   *     read and write it
   * @throws NullPointerException if an argument other than {@code profileAttribute} is null
   */
  protected ProfilePair(
      Class<U> userType, Class<P> modelType, String mappedBy, OnUpdate onUpdate, OnDelete onDelete,
      String profileAttribute) {
    this.userType = Objects.requireNonNull(userType, "userType");
    this.modelType = Objects.requireNonNull(modelType, "modelType");
    this.mappedBy = Objects.requireNonNull(mappedBy, "mappedBy");
    this.onUpdate = Objects.requireNonNull(onUpdate, "onUpdate");
    this.onDelete = Objects.requireNonNull(onDelete, "onDelete");
    this.profileAttribute = profileAttribute;
  }

  /** The user entity (for an abstract one or a mapped superclass: each entity subclass). */
  public final Class<U> userType() {
    return userType;
  }

  /** The model: the profile entity. */
  public final Class<P> modelType() {
    return modelType;
  }

  /** The attribute of the model that references the user. */
  public final String mappedBy() {
    return mappedBy;
  }

  /** What saving an existing user does to this profile. */
  public final OnUpdate onUpdate() {
    return onUpdate;
  }

  /** What removing a user does to this profile. */
  public final OnDelete onDelete() {
    return onDelete;
  }

  /**
   * A new profile that references {@code user}: built by the model's constructor taking the user,
   * or by its no-argument constructor and then linked.
   */
  public abstract P newProfile(U user);

  /**
   * Points {@code profile}, which the application built, at {@code user}. Does nothing unless
   * overridden: a model whose user only its constructor sets has no other way.
   */
  public void linkUser(P profile, U user) {}

  /** Whether the user entity maps the inverse side, {@code user.getProfile()}. */
  public final boolean userHoldsProfile() {
    return profileAttribute != null;
  }

  /** The user's inverse attribute ({@code @OneToOne(mappedBy = ...)}), or null if it maps none. */
  public final String profileAttribute() {
    return profileAttribute;
  }

  /** The profile the user holds on its inverse attribute; null unless overridden. */
  public P profileOf(U user) {
    return null;
  }

  /** Sets the user's inverse attribute to {@code profile}; does nothing unless overridden. */
  public void setProfile(U user, P profile) {}

  @Override
  public String toString() {
    return userType.getSimpleName() + " -> " + modelType.getSimpleName() + "." + mappedBy;
  }
}
