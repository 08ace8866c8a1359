package dev.autoprofile.hibernate;

import dev.autoprofile.OnUpdate;
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
 * <p>Where the user maps the inverse attribute, Hibernate already loaded the profile with the
 * user: whether one exists is read from the entry's loaded state, without a query. Otherwise one
 * existence query per user and persistence context answers it.
 */
final class ProfileSaver {
  private final ProfileCreator creator;
  private final Map<String, Integer> inverseIndexes = new ConcurrentHashMap<>();
  private final Map<ProfilePair<?, ?>, String> existenceQueries = new ConcurrentHashMap<>();

  ProfileSaver(ProfileCreator creator) {
    this.creator = creator;
  }

  /** After {@code merge(detached)} returned {@code managed}: saves what the detached user held. */
  void merged(UserProfiles profiles, Object managed, Object detached, EventSource session) {
    EntityEntry entry = session.getPersistenceContextInternal().getEntry(managed);
    for (ProfilePair<Object, Object> pair : profiles.pairs()) {
      if (pair.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = pair.profileOf(detached);
      if (held != null) {
        ProfileCreator.keep(pair, managed, held, session);
      } else if (!hasProfile(pair, managed, entry, session)) {
        creator.create(pair, managed, session);
      }
    }
    ProfileState.markComplete(entry);
  }

  /**
   * Before a flush, for a managed user: writes a detached or new profile it holds, and creates
   * the missing profile of a user that is about to be updated.
   */
  void flushing(UserProfiles profiles, Object user, EntityEntry entry, EventSource session) {
    boolean complete = ProfileState.isComplete(entry);
    Boolean dirty = null;
    for (ProfilePair<Object, Object> pair : profiles.pairs()) {
      if (pair.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = pair.profileOf(user);
      if (held != null) {
        if (!ProfileCreator.isManaged(held, session)) {
          ProfileCreator.keep(pair, user, held, session);
        }
        continue;
      }
      if (complete) {
        continue;
      }
      if (dirty == null) {
        dirty = isDirty(user, entry, session);
      }
      if (dirty && !hasProfile(pair, user, entry, session)) {
        creator.create(pair, user, session);
      }
    }
    if (Boolean.TRUE.equals(dirty)) {
      ProfileState.markComplete(entry);
    }
  }

  /**
   * Whether {@link #flushing} has nothing to do for this user, told without a query or a dirty
   * check: every profile it holds is managed, and where it holds none, it got its profiles here.
   */
  boolean settled(UserProfiles profiles, Object user, EntityEntry entry, EventSource session) {
    boolean complete = ProfileState.isComplete(entry);
    for (ProfilePair<Object, Object> pair : profiles.pairs()) {
      if (pair.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = pair.profileOf(user);
      if (held == null ? !complete : !ProfileCreator.isManaged(held, session)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasProfile(ProfilePair<Object, Object> pair, Object user, EntityEntry entry, EventSource session) {
    if (ProfileState.isComplete(entry)) {
      return true;
    }
    if (pair.userHoldsProfile() && entry != null && entry.getLoadedState() != null) {
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
