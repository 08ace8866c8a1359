package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The profile of {@link TriggerIdnUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_trigger_idn_profile")
public class TriggerIdnUserProfile implements BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private TriggerIdnUser user;

  @Column(name = "display_name")
  private String displayName;

  private String bio;

  protected TriggerIdnUserProfile() {}

  public TriggerIdnUserProfile(TriggerIdnUser user) {
    this.user = user;
    this.displayName = user.getUsername();
  }

  public TriggerIdnUser getUser() {
    return user;
  }

  @Override
  public String getDisplayName() {
    return displayName;
  }

  @Override
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
