package dev.autoprofile.hibernate;

import dev.autoprofile.hibernate.SaveMarks.State;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Appended to PERSIST, PERSIST_ONFLUSH and MERGE: once a new user is managed, creates its
 * profiles in the same persistence context. Session calls are legal here, unlike in JPA callbacks
 * or post-insert events.
 */
final class AfterSaveListener implements PersistEventListener, MergeEventListener {
  private final UserTypes users;
  private final SaveMarks marks;
  private final ProfileCreator creator;
  private final ProfileSaver saver;

  AfterSaveListener(UserTypes users, SaveMarks marks, ProfileCreator creator, ProfileSaver saver) {
    this.users = users;
    this.marks = marks;
    this.creator = creator;
    this.saver = saver;
  }

  @Override
  public void onPersist(PersistEvent event) {
    persisted(event);
  }

  @Override
  public void onPersist(PersistEvent event, PersistContext createdAlready) {
    persisted(event);
  }

  @Override
  public void onMerge(MergeEvent event) {
    merged(event);
  }

  @Override
  public void onMerge(MergeEvent event, MergeContext copiedAlready) {
    merged(event);
  }

  private void persisted(PersistEvent event) {
    if (users.isModel(event.getObject())) {
      marks.profileLanded(event);
      return;
    }
    if (marks.take(event) == State.NEW) {
      Object user = event.getObject();
      EventSource session = event.getSession();
      guarded(session, () -> creator.created(users.of(user), user, user, session));
    }
  }

  private void merged(MergeEvent event) {
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
    UserProfiles profiles = users.of(managed);
    if (state == State.NEW) {
      guarded(session, () -> creator.created(profiles, managed, original, session));
    } else {
      guarded(session, () -> saver.merged(profiles, managed, original, session));
    }
  }

  /** Runs profile work; a failure must not leave a committable user without its profile. */
  static void guarded(EventSource session, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // never a committed user without its profile, even if the application swallows this
      if (session.isTransactionInProgress()) {
        session.markForRollbackOnly();
      }
      throw e;
    }
  }
}
