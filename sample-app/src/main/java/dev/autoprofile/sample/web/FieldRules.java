package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;

/** Validation rules shared by the request records; one rule per field, so one error per bad field. */
final class FieldRules {
  static final String USERNAME = "[A-Za-z0-9_.-]{3," + User.USERNAME_MAX + "}";
  static final String USERNAME_MESSAGE = "must be 3 to " + User.USERNAME_MAX + " letters, digits, '_', '.' or '-'";

  /** Something besides white space, Unicode's included (@NotBlank lets U+2003 through). */
  static final String NOT_BLANK = "(?s)(?U).*\\S.*";

  private FieldRules() {}
}
