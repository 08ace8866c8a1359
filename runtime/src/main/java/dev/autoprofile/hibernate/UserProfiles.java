package dev.autoprofile.hibernate;

import dev.autoprofile.spi.ProfileModel;
import java.util.List;

/**
 * The profile models of one user entity class: those of every {@code @AutoProfile} on it and its
 * superclasses, in order from the root of the hierarchy.
 */
record UserProfiles(Class<?> userType, List<ProfileModel<Object, Object>> models) {
  UserProfiles {
    models = List.copyOf(models);
  }
}
