package dev.autoprofile.hibernate;

import static dev.autoprofile.hibernate.AutoProfileEventListener.isManaged;

import dev.autoprofile.hibernate.RemovalPlan.Removal;
import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfileObserver.Operation;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.proxy.HibernateProxy;

/**
 * Django's {@code on_delete=CASCADE}: when a user is removed, removes the profiles of its pairs
 * with {@code onDelete = DELETE} first, in the same persistence context, so that their deletes are
 * queued (and flushed, and rolled back) before the user's and the foreign key never blocks it.
 *
 * <p>Finding a profile costs no statement where the user maps the inverse attribute (Hibernate
 * loaded it with the user) or where AutoProfile created it in this persistence context (remembered
 * on the user's entry); otherwise one query per pair. Profiles the user's mapping removes are in no
 * {@link RemovalPlan}: never removed twice.
 */
final class ProfileRemover {
  private final ProfileObserver observer;

  ProfileRemover(ProfileObserver observer) {
    this.observer = observer;
  }

  /**
   * Before Hibernate removes {@code user}: removes its profiles. Does nothing for a user that is
   * new (nothing was written) or removed already.
   */
  void removing(UserPairs pairs, Object user, EventSource session) {
    RemovalPlan plan = pairs.removal();
    EntityEntry entry = session.getPersistenceContextInternal().getEntry(user);
    if (entry == null) {
      if (removesDetached(user, session)) {
        removingDetached(plan, user, session);
      }
      return;
    }
    if (entry.getStatus().isDeletedOrGone()) {
      return;
    }
    List<Removal> removals = plan.removals();
    for (int i = 0; i < removals.size(); i++) {
      Removal removal = removals.get(i);
      Object profile = removal.held
          ? removal.pair.profileOf(user)
          : ProfileState.created(entry, removal.slot, plan.slots());
      if (profile instanceof HibernateProxy || profile != null && isManaged(profile, session)) {
        remove(removal, profile, session);
      } else if (profile != null || !removal.held) {
        // detached, or not known here: the database knows
        removeFound(removal, user, session);
      }
      // held and null: Hibernate loaded the user without a profile
    }
  }

  private void remove(Removal removal, Object profile, EventSource session) {
    try {
      session.remove(profile);
    } catch (RuntimeException e) {
      observer.failed(removal.pair, Operation.DELETE, e);
      throw e;
    }
    observer.deleted(removal.pair);
  }

  /**
   * Before Hibernate removes the uninitialized {@code reference}: removes the profiles that
   * {@code plan} finds by query, one query per pair, without loading the user.
   */
  void removingReference(RemovalPlan plan, Object reference, EventSource session) {
    for (Removal removal : plan.removals()) {
      removeFound(removal, reference, session);
    }
  }

  /**
   * Whether Hibernate is about to remove the detached {@code user}: bootstrapped natively it
   * reattaches and removes it; JPA refuses it, and then nothing may be removed before.
   */
  private static boolean removesDetached(Object user, EventSource session) {
    return !session.getFactory().getSessionFactoryOptions().isJpaBootstrap()
        && Boolean.FALSE.equals(session.getEntityPersister(null, user).isTransient(user, session));
  }

  /**
   * Removes the profiles of the detached {@code user} that Hibernate is about to reattach and
   * remove. Loading a profile loads a managed copy of the user with it (the profile's reference);
   * that copy is evicted again, or Hibernate 6.6 would refuse to reattach the detached user.
   */
  private void removingDetached(RemovalPlan plan, Object user, EventSource session) {
    for (Removal removal : plan.removals()) {
      for (Object profile : found(removal, user, session)) {
        Object copy = session.getEntityPersister(null, profile).getPropertyValue(profile, removal.pair.mappedBy());
        remove(removal, profile, session);
        if (copy != null && copy != user && isManaged(copy, session)) {
          session.evict(copy);
        }
      }
    }
  }

  /** One query for the profiles of {@code removal}'s model that reference {@code user}; removes each. */
  private void removeFound(Removal removal, Object user, EventSource session) {
    for (Object profile : found(removal, user, session)) {
      remove(removal, profile, session);
    }
  }

  /** The profiles of {@code removal}'s model that reference {@code user}, found by one query. */
  private static List<Object> found(Removal removal, Object user, EventSource session) {
    // through the JPA type: the flush mode setter Hibernate 7 deprecated in favour of one 6.6 lacks
    TypedQuery<Object> query = session.createQuery(removal.query, removal.pair.modelType());
    return query.setParameter("user", user)
        .setFlushMode(FlushModeType.COMMIT) // nothing flushed from inside the remove
        .getResultList();
  }
}
