package dev.autoprofile.hibernate;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityEntryExtraState;
import org.hibernate.event.spi.EventSource;

/**
 * What the runtime knows about a managed user's profiles, kept on its entry in the persistence
 * context: it lives and dies with the persistence context (cleared by {@code clear()}, gone with
 * the session) and keeps nothing on the entity. No state: nothing known yet.
 *
 * <p>A link in Hibernate's extra-state chain, following its protocol exactly: each link answers
 * {@link #getExtraState} for its <em>successor</em>, as {@code EntityEntryExtraStateHolder} and the
 * entry itself do (the entry answers for the first link). Answering for itself would hide the
 * state Hibernate adds after it, such as the deleted state that {@code remove} needs.
 */
final class ProfileState implements EntityEntryExtraState {
  /** Every profile exists, or is being saved with the user. */
  private boolean complete;
  /**
   * The profiles AutoProfile created or kept for this user in this persistence context, where the
   * user maps no inverse attribute to find them by: the one profile, or an array by
   * {@linkplain RemovalPlan#slotOf slot} when there are several. Lets {@code remove(user)} remove
   * them without a query. Held in the state object the entry carries anyway: nothing allocated.
   */
  private Object created;
  private EntityEntryExtraState next;

  private ProfileState(boolean complete) {
    this.complete = complete;
  }

  static boolean isComplete(EntityEntry entry) {
    ProfileState state = of(entry);
    return state != null && state.complete;
  }

  /**
   * Whether a merge saved this user without checking that it has its profiles: the next flush
   * checks them, unless the user was removed in between.
   */
  static boolean isUnchecked(EntityEntry entry) {
    ProfileState state = of(entry);
    return state != null && !state.complete;
  }

  /**
   * Notes that the new {@code user} got its profiles, and remembers those it cannot find by itself.
   *
   * @param created as {@link RemovalPlan#remember} built it; null if none
   */
  static void markCreated(Object user, Object created, EventSource session) {
    ProfileState state = markComplete(session.getPersistenceContextInternal().getEntry(user));
    if (state != null) {
      state.created = created;
    }
  }

  /**
   * The profile remembered in {@code slot} for {@code entry}'s user, of the {@code slots} its
   * plan has; null if none was.
   */
  static Object created(EntityEntry entry, int slot, int slots) {
    ProfileState state = of(entry);
    if (state == null || state.created == null) {
      return null;
    }
    return slots == 1 ? state.created : ((Object[]) state.created)[slot];
  }

  /** Notes that every profile of {@code entry}'s user exists; returns its state, null without entry. */
  static ProfileState markComplete(EntityEntry entry) {
    ProfileState state = of(entry);
    if (state != null) {
      state.complete = true;
    } else if (entry != null) {
      state = new ProfileState(true);
      entry.addExtraState(state);
    }
    return state;
  }

  /** Notes that the profiles of {@code entry}'s user are to be checked at the next flush. */
  static void markUnchecked(EntityEntry entry) {
    if (entry != null && of(entry) == null) {
      entry.addExtraState(new ProfileState(false));
    }
  }

  private static ProfileState of(EntityEntry entry) {
    return entry == null ? null : entry.getExtraState(ProfileState.class);
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
    if (next == null) {
      return null;
    }
    if (type.isInstance(next)) {
      return type.cast(next);
    }
    return next.getExtraState(type);
  }
}
