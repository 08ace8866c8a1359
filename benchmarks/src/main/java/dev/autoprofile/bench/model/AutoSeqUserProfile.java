package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The profile of {@link AutoSeqUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_auto_seq_profile")
public class AutoSeqUserProfile implements BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_auto_seq_profile_seq")
  @SequenceGenerator(name = "bench_auto_seq_profile_seq", sequenceName = "bench_auto_seq_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private AutoSeqUser user;

  @Column(name = "display_name")
  private String displayName;

  private String bio;

  protected AutoSeqUserProfile() {}

  public AutoSeqUserProfile(AutoSeqUser user) {
    this.user = user;
    this.displayName = user.getUsername();
  }

  public AutoSeqUser getUser() {
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
