package dev.autoprofile.sample.web;

/** What a username may contain. */
final class Usernames {
  static final String PATTERN = "[A-Za-z0-9_.-]*";
  static final String MESSAGE = "may contain only letters, digits, '_', '.' and '-'";

  private Usernames() {}
}
