package dev.autoprofile.hibernate;

import dev.autoprofile.spi.ProfilePair;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PersistEvent;

/**
 * The new profiles whose persist is under way on this thread. The application may persist a
 * profile whose persist cascades to its new user: the user's profile is then that one, and must
 * not get a twin.
 */
final class ProfilesInFlight {
  private final EventStack<Object> profiles = new EventStack<>();

  /** Before Hibernate persists the new profile {@code event.getObject()}. */
  void persisting(PersistEvent event) {
    profiles.push(event, event.getObject(), event.getSession());
  }

  /** After Hibernate persisted it (a no-op for a profile that was managed already). */
  void persisted(PersistEvent event) {
    profiles.pop(event);
  }

  /** The profile of {@code pair}'s model under way for {@code user}, or null. */
  Object of(ProfilePair<Object, Object> pair, Object user, EventSource session) {
    for (int i = profiles.depth() - 1; i >= 0; i--) {
      Object profile = profiles.value(i);
      if (pair.modelType().isInstance(profile)
          && session.getEntityPersister(null, profile).getPropertyValue(profile, pair.mappedBy()) == user) {
        return profile;
      }
    }
    return null;
  }
}
