package dev.autoprofile.hibernate;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.ProfilePair;
import java.util.List;

/**
 * The pairs of one user entity class: those whose user type it is or extends, declared on either
 * side, in order from the root of the hierarchy; and what removing such a user does to them.
 */
final class UserPairs {
  private final List<ProfilePair<Object, Object>> pairs;
  private final List<ProfilePair<Object, Object>> saved;
  private final RemovalPlan removal;

  UserPairs(List<ProfilePair<Object, Object>> pairs, RemovalPlan removal) {
    this.pairs = List.copyOf(pairs);
    this.saved = this.pairs.stream().filter(pair -> pair.onUpdate() != OnUpdate.IGNORE).toList();
    this.removal = removal;
  }

  /** Every pair: each gets its profile when the user is created. */
  List<ProfilePair<Object, Object>> pairs() {
    return pairs;
  }

  /** The pairs whose profile is saved when the user is saved ({@code onUpdate} other than IGNORE). */
  List<ProfilePair<Object, Object>> saved() {
    return saved;
  }

  /** The profiles AutoProfile removes with such a user. */
  RemovalPlan removal() {
    return removal;
  }

  @Override
  public String toString() {
    return pairs.toString();
  }
}
