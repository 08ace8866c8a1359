package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfiles;
import java.util.Map;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Prepended to FLUSH and AUTO_FLUSH: before Hibernate writes, gives each managed user's profile
 * its save. Without it, a detached or new profile held by a managed user would be silently lost.
 */
final class FlushListener extends AutoProfileEventListener implements FlushEventListener, AutoFlushEventListener {
  /** Decided once: Hibernate 6.6 lacks the array, and the call must not be linked there. */
  private static final boolean MANAGED_ENTITY_ARRAY = hasManagedEntityArray();

  private final ProfileSaver saver;
  /** Set while this thread runs the listener: its own existence queries must not re-enter it. */
  private final ThreadLocal<Boolean> running = new ThreadLocal<>();

  FlushListener(UserTypes users, ProfileSaver saver) {
    super(users);
    this.saver = saver;
  }

  @Override
  public void onFlush(FlushEvent event) {
    flushing(event.getSession());
  }

  @Override
  public void onAutoFlush(AutoFlushEvent event) {
    flushing(event.getSession());
  }

  private void flushing(EventSource session) {
    if (session.getPersistenceContextInternal().getNumberOfManagedEntities() == 0 || AutoProfiles.isSuspended()
        || running.get() != null) {
      return;
    }
    running.set(Boolean.TRUE);
    try {
      saveProfiles(session);
    } finally {
      running.remove();
    }
  }

  /**
   * Gives every managed user its {@linkplain ProfileSaver#flushing save}; a removed user is not
   * managed and gets none. The walk is linear in the persistence context, as Hibernate's own flush is, so each step is kept to
   * field reads and identity checks; consecutive entities mostly alternate between a user class and
   * its model, hence the two remembered classes.
   */
  private void saveProfiles(EventSource session) {
    PersistenceContext context = session.getPersistenceContextInternal();
    Visit visit = new Visit(session);
    if (MANAGED_ENTITY_ARRAY) {
      // Hibernate 7: the array its own flush walks next, built once until the context changes
      for (ManagedEntity managed : context.reentrantSafeManagedEntities()) {
        visit.entity(managed.$$_hibernate_getEntityInstance(), managed.$$_hibernate_getEntityEntry());
      }
    } else {
      for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
        visit.entity(managed.getKey(), managed.getValue());
      }
    }
  }

  /** One walk over the persistence context. */
  private final class Visit {
    private final EventSource session;
    private Class<?> userType;
    private UserPairs userPairs;
    private Class<?> otherType;

    Visit(EventSource session) {
      this.session = session;
    }

    void entity(Object entity, EntityEntry entry) {
      Class<?> type = entity.getClass();
      UserPairs pairs;
      if (type == userType) {
        pairs = userPairs;
      } else if (type == otherType) {
        return;
      } else {
        pairs = users.of(entity);
        if (pairs == null) {
          otherType = type;
          return;
        }
        userType = type;
        userPairs = pairs;
      }
      if (entry.getStatus() == Status.MANAGED) {
        try {
          saver.flushing(pairs, entity, entry, session);
        } catch (RuntimeException e) {
          throw rollbackOnly(session, e);
        }
      }
    }
  }

  /** Whether this Hibernate has {@code PersistenceContext.reentrantSafeManagedEntities()} (7.0 and later). */
  private static boolean hasManagedEntityArray() {
    try {
      PersistenceContext.class.getMethod("reentrantSafeManagedEntities");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
