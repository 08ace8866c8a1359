package dev.autoprofile;

/** What saving an existing user does to its profile (Django's {@code created=False}). */
public enum OnUpdate {
  /**
   * Save the profile with the user: changes to the profile the user holds are written, and a user
   * that has no profile yet (a row older than the annotation) gets one.
   */
  SAVE,

  /** Leave profiles alone when a user is updated; they are only created with a new user. */
  IGNORE
}
