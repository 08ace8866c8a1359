package dev.autoprofile.spi;

import dev.autoprofile.OnUpdate;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How to create, link and find one profile model of a user entity. Generated listeners build one
 * per {@code @AutoProfile}, from constructors, accessors or field assignments: no reflection.
 *
 * @param <U> the user entity
 * @param <P> the profile model
 */
public final class ProfileModel<U, P> {
  private final Class<U> userType;
  private final Class<P> modelType;
  private final String mappedBy;
  private final OnUpdate onUpdate;
  private final Function<? super U, ? extends P> factory;
  private final BiConsumer<? super P, ? super U> userLink;
  private final String profileAttribute;
  private final Function<? super U, ? extends P> profileGetter;
  private final BiConsumer<? super U, ? super P> profileSetter;

  private ProfileModel(Builder<U, P> builder) {
    this.userType = builder.userType;
    this.modelType = builder.modelType;
    this.mappedBy = Objects.requireNonNull(builder.mappedBy, "mappedBy");
    this.onUpdate = builder.onUpdate;
    this.factory = Objects.requireNonNull(builder.factory, "factory");
    this.userLink = builder.userLink;
    this.profileAttribute = builder.profileAttribute;
    this.profileGetter = builder.profileGetter;
    this.profileSetter = builder.profileSetter;
  }

  /** Starts the description of {@code modelType} as the profile of {@code userType}. */
  public static <U, P> Builder<U, P> of(Class<U> userType, Class<P> modelType) {
    return new Builder<>(userType, modelType);
  }

  /** The user entity. */
  public Class<U> userType() {
    return userType;
  }

  /** The profile entity. */
  public Class<P> modelType() {
    return modelType;
  }

  /** The attribute of the model that references the user. */
  public String mappedBy() {
    return mappedBy;
  }

  /** What saving an existing user does to this profile. */
  public OnUpdate onUpdate() {
    return onUpdate;
  }

  /** A new profile that references {@code user}. */
  public P create(U user) {
    P profile = factory.apply(user);
    if (profile != null) {
      linkUser(profile, user);
    }
    return profile;
  }

  /** Points {@code profile}'s user attribute at {@code user}, where the model has a way to. */
  public void linkUser(P profile, U user) {
    if (userLink != null) {
      userLink.accept(profile, user);
    }
  }

  /** Whether the user entity maps the inverse side, {@code user.getProfile()}. */
  public boolean userHoldsProfile() {
    return profileGetter != null;
  }

  /** The user's inverse attribute ({@code @OneToOne(mappedBy = ...)}), or null if it maps none. */
  public String profileAttribute() {
    return profileAttribute;
  }

  /** The profile the user holds on its inverse attribute, or null if it maps none. */
  public P profileOf(U user) {
    return profileGetter == null ? null : profileGetter.apply(user);
  }

  /** Sets the user's inverse attribute to {@code profile}, where the user maps one. */
  public void setProfile(U user, P profile) {
    if (profileSetter != null) {
      profileSetter.accept(user, profile);
    }
  }

  @Override
  public String toString() {
    return userType.getSimpleName() + " -> " + modelType.getSimpleName() + "." + mappedBy;
  }

  /**
   * Collects a {@link ProfileModel}; {@link #mappedBy} and {@link #create} (or {@link
   * #createEmpty} with {@link #linkUser}) are required.
   */
  public static final class Builder<U, P> {
    private final Class<U> userType;
    private final Class<P> modelType;
    private String mappedBy;
    private OnUpdate onUpdate = OnUpdate.SAVE;
    private Function<? super U, ? extends P> factory;
    private boolean createsEmpty;
    private BiConsumer<? super P, ? super U> userLink;
    private String profileAttribute;
    private Function<? super U, ? extends P> profileGetter;
    private BiConsumer<? super U, ? super P> profileSetter;

    private Builder(Class<U> userType, Class<P> modelType) {
      this.userType = Objects.requireNonNull(userType, "userType");
      this.modelType = Objects.requireNonNull(modelType, "modelType");
    }

    /** The model's attribute that references the user. */
    public Builder<U, P> mappedBy(String attribute) {
      this.mappedBy = attribute;
      return this;
    }

    /** What saving an existing user does to the profile; {@link OnUpdate#SAVE} if not called. */
    public Builder<U, P> onUpdate(OnUpdate onUpdate) {
      this.onUpdate = Objects.requireNonNull(onUpdate, "onUpdate");
      return this;
    }

    /** Builds a new profile with the model's constructor that takes the user. */
    public Builder<U, P> create(Function<? super U, ? extends P> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Builds a new profile with the model's no-argument constructor; {@link #linkUser} then sets
     * its user.
     */
    public Builder<U, P> createEmpty(Supplier<? extends P> factory) {
      Objects.requireNonNull(factory, "factory");
      this.factory = user -> factory.get();
      this.createsEmpty = true;
      return this;
    }

    /** Sets the model's user attribute; lets a profile the application made be linked. */
    public Builder<U, P> linkUser(BiConsumer<? super P, ? super U> userLink) {
      this.userLink = userLink;
      return this;
    }

    /**
     * The user's inverse attribute ({@code @OneToOne(mappedBy = ...)}), by name, read and written.
     * Lets the runtime attach new profiles to the user and tell a user without one at no cost.
     */
    public Builder<U, P> profile(String attribute,
        Function<? super U, ? extends P> getter, BiConsumer<? super U, ? super P> setter) {
      this.profileAttribute = Objects.requireNonNull(attribute, "attribute");
      this.profileGetter = Objects.requireNonNull(getter, "getter");
      this.profileSetter = Objects.requireNonNull(setter, "setter");
      return this;
    }

    /** The description. */
    public ProfileModel<U, P> build() {
      if (userLink == null && factory != null && createsEmpty) {
        throw new IllegalStateException(modelType.getName() + ": createEmpty needs linkUser");
      }
      return new ProfileModel<>(this);
    }
  }
}
