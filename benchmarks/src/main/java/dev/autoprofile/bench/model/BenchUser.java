package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every benchmark user shares, whichever way its profile is made; each way's entity
 * adds its own id generator, table and profile association, so the ways differ only there.
 */
@MappedSuperclass
public abstract class BenchUser {
  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  protected BenchUser() {}

  protected BenchUser(String username, String email) {
    this.username = username;
    this.email = email;
  }

  public abstract Long getId();

  /** The inverse side of the one-to-one; null until a profile is attached (or loaded). */
  public abstract BenchProfile getProfile();

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
