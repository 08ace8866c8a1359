package dev.autoprofile.spi;

import dev.autoprofile.OnUpdate;
import java.util.Objects;

/**
 * How to create, link and find one profile model of a user entity. Generated listeners subclass it
 * once per {@code @AutoProfile} and implement each step with a plain constructor call, accessor or
 * field assignment: no reflection, no lambdas, nothing for javac to infer.
 *
 * @param <U> the user entity
 * @param <P> the profile model
 */
public abstract class ProfileModel<U, P> {
  private final Class<U> userType;
  private final Class<P> modelType;
  private final String mappedBy;
  private final OnUpdate onUpdate;
  private final String profileAttribute;

  /**
   * Describes {@code modelType} as the profile of {@code userType}.
   *
   * @param mappedBy the model's attribute that references the user
   * @param onUpdate what saving an existing user does to the profile
   * @param profileAttribute the user's inverse attribute ({@code @OneToOne(mappedBy = ...)}), or
   *     null if it maps none; where it is given, {@link #profileOf} and {@link #setProfile} must
   *     read and write it
   * @throws NullPointerException if an argument other than {@code profileAttribute} is null
   */
  protected ProfileModel(
      Class<U> userType, Class<P> modelType, String mappedBy, OnUpdate onUpdate, String profileAttribute) {
    this.userType = Objects.requireNonNull(userType, "userType");
    this.modelType = Objects.requireNonNull(modelType, "modelType");
    this.mappedBy = Objects.requireNonNull(mappedBy, "mappedBy");
    this.onUpdate = Objects.requireNonNull(onUpdate, "onUpdate");
    this.profileAttribute = profileAttribute;
  }

  /** The user entity. */
  public final Class<U> userType() {
    return userType;
  }

  /** The profile entity. */
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

  /** A new profile that references {@code user}: {@link #newProfile}, then {@link #linkUser}. */
  public final P create(U user) {
    P profile = newProfile(user);
    if (profile != null) {
      linkUser(profile, user);
    }
    return profile;
  }

  /** A new profile, built by the model's constructor that takes the user or by its no-argument one. */
  protected abstract P newProfile(U user);

  /**
   * Points {@code profile}'s user attribute at {@code user}. Does nothing unless overridden: a model
   * whose user only its constructor sets has no other way.
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
