package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/users/{id}}: the whole user, with the profile fields it carries. */
public record UpdateUserRequest(
    @NotBlank @Size(min = 3, max = User.USERNAME_MAX) @Pattern(regexp = Usernames.PATTERN, message = Usernames.MESSAGE)
    String username,
    @NotBlank @Email @Size(max = User.EMAIL_MAX)
    String email,
    @NotNull @Valid
    ProfileFields profile) {

  /** The editable part of a profile. */
  public record ProfileFields(
      @NotBlank @Size(max = dev.autoprofile.sample.users.Profile.DISPLAY_NAME_MAX)
      String displayName,
      @Size(max = dev.autoprofile.sample.users.Profile.BIO_MAX)
      String bio) {}
}
