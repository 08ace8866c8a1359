package dev.autoprofile.spi;

/**
 * Told what AutoProfile did, for metrics: set one instance per persistence unit as the JPA/Hibernate
 * property {@code autoprofile.observer} (the Spring Boot module does). Read once at bootstrap; every
 * method does nothing unless overridden, and without the property {@link #NONE} is called.
 *
 * <p>Methods run on the thread that saves the user, inside its flush or event: keep them short and
 * never touch the session. {@code pair.userType()} is the user class the pair was declared for, which
 * covers its entity subclasses.
 */
public interface ProfileObserver {
  /** Observes nothing. */
  ProfileObserver NONE = new ProfileObserver() {};

  /** What AutoProfile was doing when a profile failed. */
  enum Operation {
    /** Creating the profile of a new user, or the missing one of a saved user. */
    CREATE,
    /** Saving the profile a saved user holds. */
    SAVE,
    /** Removing the profile of a removed user. */
    DELETE,
    /** A backfill. */
    BACKFILL
  }

  /** A profile of {@code pair} was built and persisted for a user: new, or saved without one. */
  default void created(ProfilePair<?, ?> pair) {}

  /** The profile a saved user holds (detached or new) was persisted or merged with it. */
  default void saved(ProfilePair<?, ?> pair) {}

  /** AutoProfile removed a user's profile of {@code pair} ({@code onDelete = DELETE}). */
  default void deleted(ProfilePair<?, ?> pair) {}

  /** A backfill committed {@code count} profiles of {@code pair}: called once per committed chunk. */
  default void backfilled(ProfilePair<?, ?> pair, long count) {}

  /** A profile of {@code pair} could not be built, persisted, saved or removed; {@code failure} is thrown next. */
  default void failed(ProfilePair<?, ?> pair, Operation operation, RuntimeException failure) {}
}
