package dev.autoprofile.it.delete;

/** What the onDelete tests need of their users, which differ in how (and whether) they map the profile. */
public interface Leaving {
  Long getId();

  void setEmail(String email);
}
