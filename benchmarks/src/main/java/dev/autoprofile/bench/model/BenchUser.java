package dev.autoprofile.bench.model;

/** What the workloads need of every benchmark user entity, whichever way its profile is made. */
public interface BenchUser {
  Long getId();

  String getEmail();

  void setEmail(String email);

  /** The inverse side of the one-to-one; null until a profile is attached (or loaded). */
  BenchProfile getProfile();
}
