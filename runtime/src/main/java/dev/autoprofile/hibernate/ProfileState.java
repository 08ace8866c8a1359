package dev.autoprofile.hibernate;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityEntryExtraState;
import org.hibernate.event.spi.EventSource;

/**
 * Marks a managed user whose profiles are known to exist, on its entry in the persistence
 * context: it lives and dies with the persistence context (cleared by {@code clear()}, gone with
 * the session) and keeps nothing on the entity.
 */
final class ProfileState implements EntityEntryExtraState {
  private EntityEntryExtraState next;

  private ProfileState() {}

  static boolean isComplete(EntityEntry entry) {
    return entry != null && entry.getExtraState(ProfileState.class) != null;
  }

  static void markComplete(Object user, EventSource session) {
    markComplete(session.getPersistenceContextInternal().getEntry(user));
  }

  static void markComplete(EntityEntry entry) {
    if (entry != null && !isComplete(entry)) {
      entry.addExtraState(new ProfileState());
    }
  }

  @Override
  public void addExtraState(EntityEntryExtraState extraState) {
    if (next == null) {
      next = extraState;
    } else {
      next.addExtraState(extraState);
    }
  }

  @Override
  public <T extends EntityEntryExtraState> T getExtraState(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return next == null ? null : next.getExtraState(type);
  }
}
