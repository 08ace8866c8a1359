package dev.autoprofile.hibernate;

import org.hibernate.event.spi.EventSource;

/**
 * What every AutoProfile event listener must check, in one place (as Envers'
 * {@code BaseEnversEventListener} holds its listeners' checks): which entities are users, whether
 * an entity is managed, and that a failed profile leaves no committable user behind.
 */
abstract class AutoProfileEventListener {
  /** The user entities of the persistence unit and their pairs. */
  final UserTypes users;

  AutoProfileEventListener(UserTypes users) {
    this.users = users;
  }

  /** Whether {@code entity} has an entry in the session's persistence context. */
  static boolean isManaged(Object entity, EventSource session) {
    return session.getPersistenceContextInternal().isEntryFor(entity);
  }

  /**
   * Marks the transaction for rollback after profile work failed, and returns {@code failure} for
   * the caller to rethrow: never a committed user without its profile, even if the application
   * swallows the exception.
   */
  static RuntimeException rollbackOnly(EventSource session, RuntimeException failure) {
    if (session.isTransactionInProgress()) {
      session.markForRollbackOnly();
    }
    return failure;
  }
}
