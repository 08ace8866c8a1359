package dev.autoprofile.hibernate;

import java.util.Collection;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Carries what the before-listener saw about a user to the after-listener of the same event.
 *
 * <p>Both listeners get the same event object on the same thread, so the mark is keyed by it. The
 * keys are weak: an event whose save failed between the two listeners leaves nothing behind, and
 * no per-session state is kept on the entity or the session.
 */
final class SaveMarks {

  /** What the user was before the save. */
  enum State {
    /** Transient: the save creates it. */
    NEW,
    /** An assigned id Hibernate cannot classify without the database: decided after the merge. */
    NEW_OR_DETACHED,
    /** Detached: the save updates an existing row. */
    DETACHED
  }

  private final ThreadLocal<Map<Object, State>> marks = ThreadLocal.withInitial(WeakHashMap::new);
  /** New profiles being persisted on this thread, by event: the one that cascades to its user is reused. */
  private final ThreadLocal<Map<Object, Object>> profilesInFlight = ThreadLocal.withInitial(WeakHashMap::new);

  void mark(Object event, State state) {
    marks.get().put(event, state);
  }

  void profileInFlight(Object event, Object profile) {
    profilesInFlight.get().put(event, profile);
  }

  void profileLanded(Object event) {
    Map<Object, Object> map = profilesInFlight.get();
    if (!map.isEmpty()) {
      map.remove(event);
    }
  }

  /** New profiles whose persist is under way on this thread (usually none). */
  Collection<Object> profilesInFlight() {
    return profilesInFlight.get().values();
  }

  /** The mark the before-listener left for {@code event}, removed; null if none. */
  State take(Object event) {
    Map<Object, State> map = marks.get();
    return map.isEmpty() ? null : map.remove(event);
  }
}
