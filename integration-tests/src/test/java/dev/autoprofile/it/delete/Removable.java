package dev.autoprofile.it.delete;

/** What the delete tests need of their two users, which differ only in how they map the profile. */
public interface Removable extends Leaving {
  Object getProfile();
}
