package dev.autoprofile;

/** What removing a user does to its profile (Django's {@code on_delete}). */
public enum OnDelete {
  /**
   * Remove the profile with the user, in the same flush and before the user's row, so that the
   * foreign key never blocks the delete and no orphan stays: Django's {@code on_delete=CASCADE}.
   * Where the user's mapping already removes it ({@code cascade = REMOVE} or {@code orphanRemoval}
   * on the inverse attribute), nothing is done twice.
   */
  DELETE,

  /** Leave profiles alone when a user is removed: the mapping or the database decides. */
  IGNORE
}
