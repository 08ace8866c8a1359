package dev.autoprofile.hibernate;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.ProfilePair;
import java.util.List;

/**
 * The pairs of one user entity class: those declared for it and its superclasses, in order from
 * the root of the hierarchy.
 */
final class UserPairs {
  private final List<ProfilePair<Object, Object>> pairs;
  private final List<ProfilePair<Object, Object>> saved;

  UserPairs(List<ProfilePair<Object, Object>> pairs) {
    this.pairs = List.copyOf(pairs);
    this.saved = this.pairs.stream().filter(pair -> pair.onUpdate() != OnUpdate.IGNORE).toList();
  }

  /** Every pair: each gets its profile when the user is created. */
  List<ProfilePair<Object, Object>> pairs() {
    return pairs;
  }

  /** The pairs whose profile is saved when the user is saved ({@code onUpdate} other than IGNORE). */
  List<ProfilePair<Object, Object>> saved() {
    return saved;
  }

  @Override
  public String toString() {
    return pairs.toString();
  }
}
