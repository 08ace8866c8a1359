package dev.autoprofile.bench;

/** The four ways of giving every new user a profile that the benchmarks compare. */
public enum Way {
  /** {@code @AutoProfile}: the generated listener creates and persists the profile. */
  AUTOPROFILE,
  /** The baseline: {@code persist(user); persist(new Profile(user))}. */
  HAND_WRITTEN,
  /** The user's constructor creates the profile; {@code @OneToOne(cascade = ALL)} persists it. */
  CASCADE,
  /** A database trigger inserts the profile row: the lower bound, no JPA work for the profile. */
  TRIGGER
}
