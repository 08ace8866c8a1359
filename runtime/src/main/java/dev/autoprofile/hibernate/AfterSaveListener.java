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
  private final ProfileWriter writer;

  AfterSaveListener(UserTypes users, SaveMarks marks, ProfileWriter writer) {
    this.users = users;
    this.marks = marks;
    this.writer = writer;
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
    if (marks.take(event) == State.NEW) {
      Object user = event.getObject();
      create(user, user, event.getSession());
    }
  }

  private void merged(MergeEvent event) {
    State state = marks.take(event);
    if (state == null || state == State.DETACHED) {
      return;
    }
    Object managed = event.getResult();
    EventSource session = event.getSession();
    if (state == State.NEW_OR_DETACHED) {
      // an assigned id: Hibernate looked the row up; a new user's insert is still queued
      EntityEntry entry = session.getPersistenceContextInternal().getEntry(managed);
      if (entry == null || entry.isExistsInDatabase()) {
        return;
      }
    }
    create(managed, event.getOriginal(), session);
  }

  private void create(Object user, Object given, EventSource session) {
    try {
      writer.created(users.of(user), user, given, session);
    } catch (RuntimeException e) {
      // never a committed user without its profile, even if the application swallows this
      if (session.isTransactionInProgress()) {
        session.markForRollbackOnly();
      }
      throw e;
    }
  }
}
