package dev.autoprofile.hibernate;

import org.hibernate.event.spi.EventSource;

/**
 * Carries what the before-listener saw about a user to the after-listener of the same save event:
 * whether the user was new, which afterwards can no longer be told. Both listeners get the same
 * event object on the same thread, so the mark is keyed by it; nothing is kept on the entity or
 * the session.
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

  private final EventStack<State> marks = new EventStack<>();

  /** Marks {@code event} (a persist or merge event: their base class differs in 6.6 and 7.x). */
  void mark(Object event, EventSource session, State state) {
    marks.push(event, state, session);
  }

  /** The mark the before-listener left for {@code event}, removed; null if none. */
  State take(Object event) {
    return marks.pop(event);
  }
}
