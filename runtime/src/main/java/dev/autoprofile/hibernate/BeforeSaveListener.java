package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.hibernate.SaveMarks.State;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.proxy.HibernateProxy;

/**
 * Prepended to PERSIST, PERSIST_ONFLUSH and MERGE: notes whether a user is new before Hibernate
 * makes it managed, which afterwards can no longer be told.
 */
final class BeforeSaveListener implements PersistEventListener, MergeEventListener {
  private final UserTypes users;
  private final SaveMarks marks;

  BeforeSaveListener(UserTypes users, SaveMarks marks) {
    this.users = users;
    this.marks = marks;
  }

  @Override
  public void onPersist(PersistEvent event) {
    notePersist(event);
  }

  @Override
  public void onPersist(PersistEvent event, PersistContext createdAlready) {
    notePersist(event);
  }

  @Override
  public void onMerge(MergeEvent event) {
    noteMerge(event);
  }

  @Override
  public void onMerge(MergeEvent event, MergeContext copiedAlready) {
    noteMerge(event);
  }

  private void notePersist(PersistEvent event) {
    Object user = event.getObject();
    if (users.isModel(user)) {
      if (!event.getSession().getPersistenceContextInternal().isEntryFor(user)) {
        marks.profileInFlight(event, user);
      }
      return;
    }
    if (users.of(user) == null || user instanceof HibernateProxy || AutoProfiles.isSuspended()) {
      return;
    }
    // Hibernate's persist treats every entity it has no entry for as transient (or rejects it)
    if (!event.getSession().getPersistenceContextInternal().isEntryFor(user)) {
      marks.mark(event, State.NEW);
    }
  }

  private void noteMerge(MergeEvent event) {
    Object user = event.getOriginal();
    if (users.of(user) == null || user instanceof HibernateProxy || AutoProfiles.isSuspended()) {
      return;
    }
    EventSource session = event.getSession();
    if (session.getPersistenceContextInternal().isEntryFor(user)) {
      return;
    }
    Boolean isTransient = session.getEntityPersister(event.getEntityName(), user).isTransient(user, session);
    marks.mark(event, isTransient == null ? State.NEW_OR_DETACHED : isTransient ? State.NEW : State.DETACHED);
  }
}
