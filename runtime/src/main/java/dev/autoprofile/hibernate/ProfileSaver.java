package dev.autoprofile.hibernate;

import static dev.autoprofile.hibernate.AutoProfileEventListener.isManaged;

import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfileObserver.Operation;
import dev.autoprofile.spi.ProfilePair;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Django's {@code created=False}: when an existing user is saved, saves the profile it holds and
 * gives a user that has none (a row older than the annotation) its profile.
 *
 * <p>A merged user's missing profile is created at the next flush, not by the merge: the merge
 * may be the first half of a {@code remove(merge(user))}, and a removed user is never flushed as
 * managed. Where the user maps the inverse attribute, Hibernate already loaded the profile with
 * the user: whether one exists is read from the entry's loaded state, without a query. Otherwise
 * one existence query per user and persistence context answers it.
 */
final class ProfileSaver {
  private final ProfileCreator creator;
  private final ProfileObserver observer;
  private final Map<String, Integer> inverseIndexes = new ConcurrentHashMap<>();
  private final Map<ProfilePair<?, ?>, String> existenceQueries = new ConcurrentHashMap<>();

  ProfileSaver(ProfileCreator creator, ProfileObserver observer) {
    this.creator = creator;
    this.observer = observer;
  }

  /**
   * After {@code merge(detached)} returned {@code managed}: saves the profiles the detached user
   * held, and leaves those it held none of to the next flush.
   */
  void merged(UserPairs pairs, Object managed, Object detached, EventSource session) {
    EntityEntry entry = session.getPersistenceContextInternal().getEntry(managed);
    if (keepHeld(pairs, managed, detached, session)) {
      ProfileState.markUnchecked(entry);
    } else {
      ProfileState.markComplete(entry);
    }
  }

  /**
   * Before a flush, for a managed user: writes a detached or new profile it holds, and creates
   * the missing profile of a user that is merged or about to be updated. For a user that holds
   * its managed profiles or got them here already, this is one read per pair: no query, no dirty
   * check.
   */
  void flushing(UserPairs pairs, Object user, EntityEntry entry, EventSource session) {
    if (!keepHeld(pairs, user, user, session) || ProfileState.isComplete(entry)) {
      return;
    }
    if (ProfileState.isUnchecked(entry) || isDirty(user, entry, session)) {
      for (ProfilePair<Object, Object> pair : pairs.saved()) {
        if (pair.profileOf(user) == null && !hasProfile(pair, user, entry, session)) {
          creator.create(pair, user, session);
        }
      }
      ProfileState.markComplete(entry);
    }
  }

  /**
   * For each pair saved with the user, keeps the profile {@code holder} holds ({@code user} itself,
   * or the detached instance it was merged from) as {@code user}'s saved profile; a managed profile
   * held by the user itself needs nothing.
   *
   * @return whether {@code holder} holds no profile for some pair
   */
  private boolean keepHeld(UserPairs pairs, Object user, Object holder, EventSource session) {
    boolean missing = false;
    for (ProfilePair<Object, Object> pair : pairs.saved()) {
      Object held = pair.profileOf(holder);
      if (held == null) {
        missing = true;
      } else if (holder != user || !isManaged(held, session)) {
        try {
          ProfileCreator.keep(pair, user, held, session);
        } catch (RuntimeException e) {
          observer.failed(pair, Operation.SAVE, e);
          throw e;
        }
        observer.saved(pair);
      }
    }
    return missing;
  }

  private boolean hasProfile(ProfilePair<Object, Object> pair, Object user, EntityEntry entry, EventSource session) {
    if (pair.userHoldsProfile() && entry.getLoadedState() != null) {
      return entry.getLoadedState()[inverseIndex(pair, entry.getPersister())] != null;
    }
    // through the JPA type: the flush mode setter Hibernate 7 deprecated in favour of one 6.6 lacks
    TypedQuery<Long> exists = session.createQuery(existenceQuery(pair, session), Long.class);
    Long count = exists.setParameter("user", user)
        .setFlushMode(FlushModeType.COMMIT) // no auto-flush from inside a flush
        .getSingleResult();
    return count > 0;
  }

  private int inverseIndex(ProfilePair<Object, Object> pair, EntityPersister persister) {
    return inverseIndexes.computeIfAbsent(persister.getEntityName() + '#' + pair.profileAttribute(), key -> {
      AttributeMapping attribute = persister.findAttributeMapping(pair.profileAttribute());
      return attribute.getStateArrayPosition();
    });
  }

  private String existenceQuery(ProfilePair<Object, Object> pair, EventSource session) {
    return existenceQueries.computeIfAbsent(pair, key ->
        "select count(p) from " + session.getMetamodel().entity(pair.modelType()).getName() + " p where p."
            + pair.mappedBy() + " = :user");
  }

  private static boolean isDirty(Object user, EntityEntry entry, EventSource session) {
    Object[] loaded = entry.getLoadedState();
    if (loaded == null) {
      return false;
    }
    EntityPersister persister = entry.getPersister();
    return persister.findDirty(persister.getValues(user), loaded, user, session) != null;
  }
}
