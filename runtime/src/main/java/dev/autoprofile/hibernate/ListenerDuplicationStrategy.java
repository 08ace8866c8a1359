package dev.autoprofile.hibernate;

import java.util.List;
import org.hibernate.event.service.spi.DuplicationStrategy;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Keeps AutoProfile's listeners from being registered twice in one event group, as Envers'
 * {@code EnversListenerDuplicationStrategy} does for its own: a second listener of the same
 * AutoProfile class is dropped and the original kept. Classes are matched by name, so that a
 * second copy of the runtime on another class loader never doubles the profiles either.
 *
 * <p>Hibernate checks its own strategy first, which rejects a second listener of the very same
 * class as an error; {@link #registeredAlready} lets the integrator add nothing instead.
 */
final class ListenerDuplicationStrategy implements DuplicationStrategy {
  static final ListenerDuplicationStrategy INSTANCE = new ListenerDuplicationStrategy();

  private static final String BASE = AutoProfileEventListener.class.getName();

  private ListenerDuplicationStrategy() {}

  @Override
  public boolean areMatch(Object listener, Object original) {
    return isAutoProfileListener(listener) && listener.getClass().getName().equals(original.getClass().getName());
  }

  @Override
  public Action getAction() {
    return Action.KEEP_ORIGINAL;
  }

  /**
   * Whether AutoProfile's listeners are registered already (integrated twice into one registry,
   * or by another copy of the runtime): then nothing is to be added, since a second set of
   * listeners would create every profile twice and mixing two sets would break both.
   */
  @SuppressWarnings("deprecation") // listeners(): deprecated in 6.6 and 7.x, and the only read of a group's listeners
  static boolean registeredAlready(EventListenerRegistry registry) {
    for (EventType<?> type : List.of(EventType.PERSIST, EventType.PERSIST_ONFLUSH, EventType.MERGE, EventType.FLUSH,
        EventType.AUTO_FLUSH, EventType.DELETE)) {
      for (Object listener : registry.getEventListenerGroup(type).listeners()) {
        if (isAutoProfileListener(listener)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAutoProfileListener(Object listener) {
    for (Class<?> type = listener.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals(BASE)) {
        return true;
      }
    }
    return false;
  }
}
