package dev.autoprofile.hibernate;

import static dev.autoprofile.hibernate.AutoProfileEventListener.isManaged;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfileObserver.Operation;
import dev.autoprofile.spi.ProfilePair;
import java.util.List;
import org.hibernate.event.spi.EventSource;

/**
 * Creates the profiles of a user that has just become managed, in the user's persistence context,
 * so that they are flushed, batched and rolled back with it.
 */
final class ProfileCreator {
  private final ProfilesInFlight inFlight;
  private final ProfileObserver observer;

  ProfileCreator(ProfilesInFlight inFlight, ProfileObserver observer) {
    this.inFlight = inFlight;
    this.observer = observer;
  }

  /**
   * Gives {@code user} (managed, new) each of its profiles: the one it already holds if any
   * (set by the application before saving it), otherwise a new one.
   *
   * @param given the instance the application passed to {@code merge}, or {@code user} itself
   */
  void created(UserPairs pairs, Object user, Object given, EventSource session) {
    List<ProfilePair<Object, Object>> all = pairs.pairs();
    RemovalPlan removal = pairs.removal();
    Object remembered = null;
    for (int i = 0; i < all.size(); i++) {
      ProfilePair<Object, Object> pair = all.get(i);
      Object held = heldProfile(pair, user, given, session);
      Object profile;
      if (held == null) {
        profile = create(pair, user, session);
      } else {
        try {
          profile = keep(pair, user, held, session);
        } catch (RuntimeException e) {
          observer.failed(pair, Operation.CREATE, e);
          throw e;
        }
        observer.created(pair);
      }
      int slot = removal.slotOf(i);
      if (slot >= 0) {
        // the user cannot lead to it: remembered so that remove(user) finds it without a query
        remembered = removal.remember(remembered, slot, profile);
      }
    }
    ProfileState.markCreated(user, remembered, session);
  }

  /**
   * Creates, attaches and persists a new profile of {@code pair} for the managed {@code user}.
   *
   * @return the new profile
   */
  Object create(ProfilePair<Object, Object> pair, Object user, EventSource session) {
    Object profile;
    try {
      profile = pair.newProfile(user);
      if (profile == null) {
        throw new NullPointerException("the generated newProfile returned null");
      }
    } catch (RuntimeException e) {
      AutoProfileException failure = new AutoProfileException(
          "Could not create the " + pair.modelType().getName() + " profile of "
              + user.getClass().getName() + ": " + e + ". The transaction was marked for rollback; "
              + "fix the model's constructor (or field initialisers) so that it accepts the user.",
          e);
      observer.failed(pair, Operation.CREATE, failure);
      throw failure;
    }
    pair.setProfile(user, profile);
    try {
      session.persist(profile);
    } catch (RuntimeException e) {
      observer.failed(pair, Operation.CREATE, e);
      throw e;
    }
    observer.created(pair);
    return profile;
  }

  /**
   * Makes {@code held}, a profile the application gave the user, the user's saved profile: a new
   * one is persisted, a detached one merged (even where a cascade merged it already: merging again
   * copies the same state and issues no SQL).
   *
   * @return the managed profile
   */
  static Object keep(ProfilePair<Object, Object> pair, Object user, Object held, EventSource session) {
    pair.linkUser(held, user);
    if (isManaged(held, session)) {
      pair.setProfile(user, held);
      return held;
    }
    if (Boolean.TRUE.equals(session.getEntityPersister(null, held).isTransient(held, session))) {
      pair.setProfile(user, held);
      session.persist(held);
      return held;
    }
    // detached, or an assigned id Hibernate cannot classify: merge finds out
    Object managed = session.merge(held);
    pair.setProfile(user, managed);
    return managed;
  }

  /** The profile the application attached to the user before saving it, if any. */
  private Object heldProfile(
      ProfilePair<Object, Object> pair, Object user, Object given, EventSource session) {
    Object held = pair.profileOf(user);
    if (held != null && (given == user || isManaged(held, session))) {
      return held;
    }
    // merge without a cascade on the inverse attribute: the application's profile is on the original
    held = given == user ? null : pair.profileOf(given);
    // a new profile whose own persist cascaded to the user: it must not get a twin
    return held != null ? held : inFlight.of(pair, user, session);
  }
}
