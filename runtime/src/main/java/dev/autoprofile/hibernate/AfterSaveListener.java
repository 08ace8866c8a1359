package dev.autoprofile.hibernate;

import dev.autoprofile.hibernate.SaveMarks.State;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.PersistEvent;

/**
 * Appended to PERSIST, PERSIST_ONFLUSH and MERGE: once a new user is managed, creates its
 * profiles in the same persistence context; once a detached user is merged, saves the profiles it
 * holds. Session calls are legal here, unlike in JPA callbacks or post-insert events.
 */
final class AfterSaveListener extends SaveEventListener {
  private final SaveMarks marks;
  private final ProfilesInFlight inFlight;
  private final ProfileCreator creator;
  private final ProfileSaver saver;

  AfterSaveListener(UserTypes users, SaveMarks marks, ProfilesInFlight inFlight, ProfileCreator creator, ProfileSaver saver) {
    super(users);
    this.marks = marks;
    this.inFlight = inFlight;
    this.creator = creator;
    this.saver = saver;
  }

  @Override
  public void onPersist(PersistEvent event) {
    Object entity = event.getObject();
    if (users.isModel(entity)) {
      inFlight.persisted(event);
    }
    if (marks.take(event) == State.NEW) {
      EventSource session = event.getSession();
      try {
        creator.created(users.of(entity), entity, entity, session);
      } catch (RuntimeException e) {
        throw rollbackOnly(session, e);
      }
    }
  }

  @Override
  public void onMerge(MergeEvent event) {
    State state = marks.take(event);
    if (state == null) {
      return;
    }
    Object managed = event.getResult();
    Object original = event.getOriginal();
    EventSource session = event.getSession();
    if (state == State.NEW_OR_DETACHED) {
      // an assigned id: Hibernate looked the row up; a new user's insert is still queued
      EntityEntry entry = session.getPersistenceContextInternal().getEntry(managed);
      state = entry != null && !entry.isExistsInDatabase() ? State.NEW : State.DETACHED;
    }
    UserPairs pairs = users.of(managed);
    try {
      if (state == State.NEW) {
        creator.created(pairs, managed, original, session);
      } else {
        saver.merged(pairs, managed, original, session);
      }
    } catch (RuntimeException e) {
      throw rollbackOnly(session, e);
    }
  }
}
