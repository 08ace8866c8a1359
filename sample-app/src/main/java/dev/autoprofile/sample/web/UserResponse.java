package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.Profile;
import dev.autoprofile.sample.users.User;
import java.time.Instant;

/** A user as the API shows it, with its profile. */
public record UserResponse(Long id, String username, String email, ProfileResponse profile) {

  static UserResponse of(User user) {
    Profile profile = user.getProfile();
    return new UserResponse(user.getId(), user.getUsername(), user.getEmail(),
        profile == null ? null : ProfileResponse.of(profile));
  }

  /** A profile as the API shows it. */
  public record ProfileResponse(Long id, String displayName, String bio, Instant createdAt, Instant updatedAt) {

    static ProfileResponse of(Profile profile) {
      return new ProfileResponse(profile.getId(), profile.getDisplayName(), profile.getBio(),
          profile.getCreatedAt(), profile.getUpdatedAt());
    }
  }
}
