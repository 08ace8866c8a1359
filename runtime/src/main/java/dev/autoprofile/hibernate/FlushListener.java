package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfiles;
import java.util.Map;
import org.hibernate.engine.spi.EntityEntry;
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
final class FlushListener implements FlushEventListener, AutoFlushEventListener {
  private final UserTypes users;
  private final ProfileSaver saver;
  /** Set while this thread runs the listener: its own existence queries must not re-enter it. */
  private final ThreadLocal<Boolean> running = new ThreadLocal<>();

  FlushListener(UserTypes users, ProfileSaver saver) {
    this.users = users;
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

  private void saveProfiles(EventSource session) {
    for (Map.Entry<Object, EntityEntry> managed : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
      EntityEntry entry = managed.getValue();
      if (entry.getStatus() != Status.MANAGED) {
        continue;
      }
      UserProfiles profiles = users.of(managed.getKey());
      if (profiles != null) {
        AfterSaveListener.guarded(session, () -> saver.flushing(profiles, managed.getKey(), entry, session));
      }
    }
  }
}
