package dev.autoprofile.hibernate;

import dev.autoprofile.spi.ProfilePair;
import java.util.List;

/**
 * The pairs of one user entity class: those declared for it and its superclasses, in order from
 * the root of the hierarchy.
 */
record UserProfiles(List<ProfilePair<Object, Object>> pairs) {
  UserProfiles {
    pairs = List.copyOf(pairs);
  }
}
