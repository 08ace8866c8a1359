package dev.autoprofile.hibernate;

import java.util.Collection;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

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

  /** This thread's marks. */
  private static final class OnThread {
    final Map<Object, State> marks = new WeakHashMap<>();
    /** New profiles being persisted, by event: the one that cascades to its user is reused. */
    final Map<Object, Object> profilesInFlight = new WeakHashMap<>();
    /** The profile the runtime itself is persisting: it needs no in-flight entry. */
    Object ownProfile;
  }

  private final ThreadLocal<OnThread> onThread = ThreadLocal.withInitial(OnThread::new);

  void mark(Object event, State state) {
    onThread.get().marks.put(event, state);
  }

  void profileInFlight(Object event, Object profile) {
    OnThread thread = onThread.get();
    if (profile != thread.ownProfile) {
      thread.profilesInFlight.put(event, profile);
    }
  }

  void profileLanded(Object event) {
    Map<Object, Object> map = onThread.get().profilesInFlight;
    if (!map.isEmpty()) {
      map.remove(event);
    }
  }

  /** New profiles whose persist is under way on this thread (usually none). */
  Collection<Object> profilesInFlight() {
    return onThread.get().profilesInFlight.values();
  }

  /** Persists {@code profile}, which the runtime made and linked, without an in-flight entry. */
  void persistOwn(Object profile, Consumer<Object> persist) {
    OnThread thread = onThread.get();
    Object outer = thread.ownProfile;
    thread.ownProfile = profile;
    try {
      persist.accept(profile);
    } finally {
      thread.ownProfile = outer;
    }
  }

  /** The mark the before-listener left for {@code event}, removed; null if none. */
  State take(Object event) {
    Map<Object, State> map = onThread.get().marks;
    return map.isEmpty() ? null : map.remove(event);
  }
}
