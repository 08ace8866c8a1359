package dev.autoprofile.hibernate;

import dev.autoprofile.OnDelete;
import dev.autoprofile.spi.ProfilePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.MappingException;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * What removing a user of one entity class does to its profiles, decided once at bootstrap from the
 * mapping: the pairs with {@code onDelete = DELETE} whose profile the user's own mapping does not
 * remove already ({@code cascade = REMOVE}/{@code ALL} or {@code orphanRemoval} on the inverse
 * attribute), each with the way to find the profile.
 */
final class RemovalPlan {
  static final RemovalPlan NONE = new RemovalPlan(List.of(), new int[0], 0);

  /** One profile to remove with the user. */
  static final class Removal {
    final ProfilePair<Object, Object> pair;
    /** The user maps the inverse attribute: Hibernate loaded the profile with the user. */
    final boolean held;
    /** Index among the user's profiles remembered at creation (pairs without inverse attribute); -1 if held. */
    final int slot;
    /** {@code select p from Model p join fetch p.<mappedBy> where p.<mappedBy> = :user}, where nothing else finds the profile. */
    final String query;

    Removal(ProfilePair<Object, Object> pair, boolean held, int slot, String query) {
      this.pair = pair;
      this.held = held;
      this.slot = slot;
      this.query = query;
    }
  }

  private final List<Removal> removals;
  /** For each pair of the user, in order: its slot, or -1 if its profile needs no remembering. */
  private final int[] slotByPair;
  private final int slots;

  private RemovalPlan(List<Removal> removals, int[] slotByPair, int slots) {
    this.removals = List.copyOf(removals);
    this.slotByPair = slotByPair;
    this.slots = slots;
  }

  /**
   * The plan for the entity {@code binding} whose pairs are {@code pairs}.
   *
   * @param entities every entity class of the unit with its binding (for the models' JPQL names)
   */
  static RemovalPlan of(
      List<ProfilePair<Object, Object>> pairs, PersistentClass binding, Map<Class<?>, PersistentClass> entities) {
    List<Removal> removals = new ArrayList<>();
    int[] slotByPair = new int[pairs.size()];
    int slots = 0;
    for (int i = 0; i < pairs.size(); i++) {
      ProfilePair<Object, Object> pair = pairs.get(i);
      slotByPair[i] = -1;
      if (pair.onDelete() != OnDelete.DELETE) {
        continue;
      }
      boolean held = pair.userHoldsProfile();
      if (held && mappingRemoves(binding, pair.profileAttribute())) {
        continue; // Hibernate's cascade removes it, before the user: never twice
      }
      // the user fetched by the same statement: the profile's reference would load it with a second
      String query = "select p from " + entities.get(pair.modelType()).getJpaEntityName() + " p join fetch p."
          + pair.mappedBy() + " where p." + pair.mappedBy() + " = :user";
      if (held) {
        removals.add(new Removal(pair, true, -1, query));
      } else {
        slotByPair[i] = slots;
        removals.add(new Removal(pair, false, slots++, query));
      }
    }
    return removals.isEmpty() ? NONE : new RemovalPlan(removals, slotByPair, slots);
  }

  /** Whether the user's inverse attribute cascades removal to the profile, or removes orphans. */
  private static boolean mappingRemoves(PersistentClass binding, String inverseAttribute) {
    Property property;
    try {
      property = binding.getRecursiveProperty(inverseAttribute);
    } catch (MappingException e) {
      return false;
    }
    CascadeStyle cascade = property.getCascadeStyle();
    return cascade.doCascade(CascadingActions.REMOVE) || cascade.hasOrphanDelete();
  }

  boolean isEmpty() {
    return removals.isEmpty();
  }

  List<Removal> removals() {
    return removals;
  }

  /** The slot in which the profile of the user's {@code pairIndex}-th pair is remembered, or -1. */
  int slotOf(int pairIndex) {
    return slotByPair.length == 0 ? -1 : slotByPair[pairIndex];
  }

  /**
   * {@code created} (null, or what an earlier call returned) with {@code profile} remembered in
   * {@code slot}: the profile itself where the plan has one slot, so that the usual user costs no
   * allocation; an array where it has several.
   */
  Object remember(Object created, int slot, Object profile) {
    if (slots == 1) {
      return profile;
    }
    Object[] bySlot = created == null ? new Object[slots] : (Object[]) created;
    bySlot[slot] = profile;
    return bySlot;
  }

  /** How many profiles a user remembers: those of pairs without inverse attribute. */
  int slots() {
    return slots;
  }
}
