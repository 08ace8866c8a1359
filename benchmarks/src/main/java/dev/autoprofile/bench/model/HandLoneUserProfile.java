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

/** The profile of {@link HandLoneUser}: the only side of the one-to-one. */
@Entity
@Table(name = "bench_hand_lone_profile")
public class HandLoneUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_hand_lone_profile_seq")
  @SequenceGenerator(name = "bench_hand_lone_profile_seq", sequenceName = "bench_hand_lone_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private HandLoneUser user;

  protected HandLoneUserProfile() {}

  public HandLoneUserProfile(HandLoneUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public HandLoneUser getUser() {
    return user;
  }
}
