package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 2: the benchmark persists the profile by hand after the user. */
@Entity
@Table(name = "bench_hand_idn_user")
public class HandIdnUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(mappedBy = "user")
  private HandIdnUserProfile profile;

  protected HandIdnUser() {}

  public HandIdnUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public HandIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(HandIdnUserProfile profile) {
    this.profile = profile;
  }
}
