package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/users}: the profile is not sent, AutoProfile makes it. */
public record CreateUserRequest(
    @NotNull @Pattern(regexp = FieldRules.USERNAME, message = FieldRules.USERNAME_MESSAGE)
    String username,
    @NotBlank @Email @Size(max = User.EMAIL_MAX)
    String email) {}
