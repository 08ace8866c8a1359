package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The profile of {@link HandIdnUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_hand_idn_profile")
public class HandIdnUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private HandIdnUser user;

  protected HandIdnUserProfile() {}

  public HandIdnUserProfile(HandIdnUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public HandIdnUser getUser() {
    return user;
  }
}
