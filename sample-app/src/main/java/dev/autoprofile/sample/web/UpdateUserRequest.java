package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.Profile;
import dev.autoprofile.sample.users.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/users/{id}}: the whole user, with the profile fields it carries. */
public record UpdateUserRequest(
    @NotNull @Pattern(regexp = FieldRules.USERNAME, message = FieldRules.USERNAME_MESSAGE)
    String username,
    @NotBlank @Email @Size(max = User.EMAIL_MAX)
    String email,
    @NotNull @Valid
    ProfileFields profile) {

  /** The editable part of a profile; a null bio clears it. */
  public record ProfileFields(
      @NotNull @Pattern(regexp = FieldRules.NOT_BLANK, message = "must not be blank") @Size(max = Profile.DISPLAY_NAME_MAX)
      String displayName,
      @Size(max = Profile.BIO_MAX)
      String bio) {}
}
