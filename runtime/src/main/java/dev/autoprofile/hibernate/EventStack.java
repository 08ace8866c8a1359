package dev.autoprofile.hibernate;

import jakarta.transaction.Synchronization;
import java.util.Arrays;
import org.hibernate.event.spi.EventSource;

/**
 * Hands values from a listener prepended to an event to the one appended to it, on the current
 * thread: pushed before Hibernate handles the event, popped after. Events nest (a cascade fires
 * events inside the handling of another), so values pop in the reverse order of their pushes.
 *
 * <p>Nothing stays on the thread. Its frames are removed from it when they become empty, or, when
 * they were first pushed in a transaction, when that transaction completes: so a thread saving
 * many users in one transaction keeps one set of frames, and an event that Hibernate failed
 * between the two listeners (the after-listener never pops it) is dropped at the latest when its
 * transaction rolls back, or by the next pop below it on the thread.
 *
 * @param <V> what the before-listener hands over
 */
final class EventStack<V> {
  private final ThreadLocal<Frames> frames = new ThreadLocal<>();

  /** Pushes {@code value} for {@code event}, in {@code session}. */
  void push(Object event, V value, EventSource session) {
    Frames current = frames.get();
    if (current == null) {
      current = new Frames();
      frames.set(current);
      if (session.isTransactionInProgress()) {
        session.getTransactionCoordinator().getLocalSynchronizations().registerSynchronization(current);
        current.untilCompletion = true;
      }
    }
    current.push(event, value);
  }

  /**
   * The value pushed for {@code event}, popped together with any that events which failed inside
   * it left above it; null if none was pushed.
   */
  V pop(Object event) {
    Frames current = frames.get();
    if (current == null) {
      return null;
    }
    V value = current.pop(event);
    if (current.size == 0 && !current.untilCompletion) {
      frames.remove();
    }
    return value;
  }

  /** How many values this thread holds. */
  int depth() {
    Frames current = frames.get();
    return current == null ? 0 : current.size;
  }

  /** The value at {@code index}, 0 being the oldest, of those this thread holds. */
  V value(int index) {
    return frames.get().value(index);
  }

  /** One thread's values; removes itself from the thread when its transaction completes. */
  private final class Frames implements Synchronization {
    private Object[] events = new Object[4];
    private Object[] values = new Object[4];
    private int size;
    /** Registered with a transaction: stays on the thread until it completes, even when empty. */
    private boolean untilCompletion;

    void push(Object event, Object value) {
      if (size == events.length) {
        events = Arrays.copyOf(events, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      events[size] = event;
      values[size] = value;
      size++;
    }

    @SuppressWarnings("unchecked")
    V pop(Object event) {
      for (int i = size - 1; i >= 0; i--) {
        if (events[i] == event) {
          V value = (V) values[i];
          Arrays.fill(events, i, size, null);
          Arrays.fill(values, i, size, null);
          size = i;
          return value;
        }
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    V value(int index) {
      return (V) values[index];
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (frames.get() == this) {
        frames.remove();
      }
    }
  }
}
