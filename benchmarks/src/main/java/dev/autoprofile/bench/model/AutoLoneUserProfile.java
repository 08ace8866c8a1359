package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The profile of {@link AutoLoneUser}: the only side of the one-to-one. */
@Entity
@Table(name = "bench_auto_lone_profile")
public class AutoLoneUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_auto_lone_profile_seq")
  @SequenceGenerator(name = "bench_auto_lone_profile_seq", sequenceName = "bench_auto_lone_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private AutoLoneUser user;

  protected AutoLoneUserProfile() {}

  public AutoLoneUserProfile(AutoLoneUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public AutoLoneUser getUser() {
    return user;
  }
}
