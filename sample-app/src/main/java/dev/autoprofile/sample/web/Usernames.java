package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;

/** What a username and a display name may be; one rule each, so one error per bad field. */
final class Usernames {
  static final String PATTERN = "[A-Za-z0-9_.-]{3," + User.USERNAME_MAX + "}";
  static final String MESSAGE = "must be 3 to " + User.USERNAME_MAX + " letters, digits, '_', '.' or '-'";

  /** Something besides white space, Unicode's included (@NotBlank lets U+2003 through). */
  static final String NOT_BLANK = "(?s)(?U).*\\S.*";

  private Usernames() {}
}
