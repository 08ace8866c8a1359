package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The columns every benchmark profile shares; each way's entity adds its id and user link. */
@MappedSuperclass
public abstract class BenchProfile {
  @Column(name = "display_name")
  private String displayName;

  private String bio;

  protected BenchProfile() {}

  protected BenchProfile(String displayName) {
    this.displayName = displayName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
