package dev.autoprofile.hibernate;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.ProfileModel;
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
  private final Map<ProfileModel<?, ?>, String> existenceQueries = new ConcurrentHashMap<>();

  ProfileSaver(ProfileCreator creator) {
    this.creator = creator;
  }

  /** After {@code merge(detached)} returned {@code managed}: saves what the detached user held. */
  void merged(UserProfiles profiles, Object managed, Object detached, EventSource session) {
    EntityEntry entry = session.getPersistenceContextInternal().getEntry(managed);
    for (ProfileModel<Object, Object> model : profiles.models()) {
      if (model.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = model.profileOf(detached);
      if (held != null) {
        ProfileCreator.keep(model, managed, held, session);
      } else if (!hasProfile(model, managed, entry, session)) {
        creator.create(model, managed, session);
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
    for (ProfileModel<Object, Object> model : profiles.models()) {
      if (model.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = model.profileOf(user);
      if (held != null) {
        if (!ProfileCreator.isManaged(held, session)) {
          ProfileCreator.keep(model, user, held, session);
        }
        continue;
      }
      if (complete) {
        continue;
      }
      if (dirty == null) {
        dirty = isDirty(user, entry, session);
      }
      if (dirty && !hasProfile(model, user, entry, session)) {
        creator.create(model, user, session);
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
    for (ProfileModel<Object, Object> model : profiles.models()) {
      if (model.onUpdate() == OnUpdate.IGNORE) {
        continue;
      }
      Object held = model.profileOf(user);
      if (held == null ? !complete : !ProfileCreator.isManaged(held, session)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasProfile(ProfileModel<Object, Object> model, Object user, EntityEntry entry, EventSource session) {
    if (ProfileState.isComplete(entry)) {
      return true;
    }
    if (model.userHoldsProfile() && entry != null && entry.getLoadedState() != null) {
      return entry.getLoadedState()[inverseIndex(model, entry.getPersister())] != null;
    }
    // through the JPA type: the flush mode setter Hibernate 7 deprecated in favour of one 6.6 lacks
    TypedQuery<Long> exists = session.createQuery(existenceQuery(model, session), Long.class);
    Long count = exists.setParameter("user", user)
        .setFlushMode(FlushModeType.COMMIT) // no auto-flush from inside a flush
        .getSingleResult();
    return count > 0;
  }

  private int inverseIndex(ProfileModel<Object, Object> model, EntityPersister persister) {
    return inverseIndexes.computeIfAbsent(persister.getEntityName() + '#' + model.profileAttribute(), key -> {
      AttributeMapping attribute = persister.findAttributeMapping(model.profileAttribute());
      return attribute.getStateArrayPosition();
    });
  }

  private String existenceQuery(ProfileModel<Object, Object> model, EventSource session) {
    return existenceQueries.computeIfAbsent(model, key ->
        "select count(p) from " + session.getMetamodel().entity(model.modelType()).getName() + " p where p."
            + model.mappedBy() + " = :user");
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
