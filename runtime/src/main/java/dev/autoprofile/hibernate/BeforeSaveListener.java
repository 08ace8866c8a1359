package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.hibernate.SaveMarks.State;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.proxy.HibernateProxy;

/**
 * Prepended to PERSIST, PERSIST_ONFLUSH and MERGE: notes whether a user is new before Hibernate
 * makes it managed, which afterwards can no longer be told.
 */
final class BeforeSaveListener extends SaveEventListener {
  private final SaveMarks marks;
  private final ProfilesInFlight inFlight;

  BeforeSaveListener(UserTypes users, SaveMarks marks, ProfilesInFlight inFlight) {
    super(users);
    this.marks = marks;
    this.inFlight = inFlight;
  }

  @Override
  public void onPersist(PersistEvent event) {
    Object entity = event.getObject();
    EventSource session = event.getSession();
    // a profile may be a user itself (its model is another's profile): both apply
    if (users.isModel(entity) && !isManaged(entity, session)) {
      inFlight.persisting(event);
    }
    if (isSavedUser(entity) && !isManaged(entity, session)) {
      // Hibernate's persist treats every entity it has no entry for as transient (or rejects it)
      marks.mark(event, session, State.NEW);
    }
  }

  @Override
  public void onMerge(MergeEvent event) {
    Object user = event.getOriginal();
    EventSource session = event.getSession();
    if (!isSavedUser(user) || isManaged(user, session)) {
      return;
    }
    Boolean isTransient = session.getEntityPersister(event.getEntityName(), user).isTransient(user, session);
    marks.mark(event, session, isTransient == null ? State.NEW_OR_DETACHED : isTransient ? State.NEW : State.DETACHED);
  }

  /** Whether saving {@code entity} concerns AutoProfile: a user (not a proxy, which exists already), not suspended. */
  private boolean isSavedUser(Object entity) {
    return users.of(entity) != null && !(entity instanceof HibernateProxy) && !AutoProfiles.isSuspended();
  }
}
