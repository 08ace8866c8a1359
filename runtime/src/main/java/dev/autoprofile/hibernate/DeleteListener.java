package dev.autoprofile.hibernate;

import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Prepended to DELETE: removes a user's profiles ({@code onDelete = DELETE}) before Hibernate
 * removes the user. It must run first: once Hibernate marked the user deleted, its nullifier would
 * null the profile's reference to the user and the profile's own delete would fail on it. A
 * cascaded remove (the user reached from a parent's {@code cascade = REMOVE}) is handled the same.
 *
 * <p>Not affected by {@link dev.autoprofile.AutoProfiles#suspend()}, which stops creating and
 * saving: a removed user's profile goes with it always, as Django's {@code on_delete=CASCADE} is
 * part of the schema and not of a signal.
 */
final class DeleteListener extends AutoProfileEventListener implements DeleteEventListener {
  private final ProfileRemover remover;

  DeleteListener(UserTypes users, ProfileRemover remover) {
    super(users);
    this.remover = remover;
  }

  @Override
  public void onDelete(DeleteEvent event) {
    Object user = event.getObject();
    LazyInitializer proxy = HibernateProxy.extractLazyInitializer(user);
    if (proxy != null) {
      if (!users.mayRemoveProfiles(proxy.getPersistentClass())) {
        return;
      }
      RemovalPlan byQuery = proxy.isUninitialized() ? users.referenceRemoval(proxy.getPersistentClass()) : null;
      if (byQuery != null) {
        // every profile is found by a query on the reference: no need to load the user for them
        EventSource session = event.getSession();
        try {
          remover.removingReference(byQuery, user, session);
        } catch (RuntimeException e) {
          throw rollbackOnly(session, e);
        }
        return;
      }
      // its profiles are read from it, or its class is not known without loading it
      user = proxy.getImplementation();
    }
    UserPairs pairs = users.of(user);
    if (pairs == null || pairs.removal().isEmpty()) {
      return;
    }
    EventSource session = event.getSession();
    try {
      remover.removing(pairs, user, session);
    } catch (RuntimeException e) {
      throw rollbackOnly(session, e);
    }
  }

  @Override
  public void onDelete(DeleteEvent event, DeleteContext removedAlready) {
    onDelete(event);
  }
}
