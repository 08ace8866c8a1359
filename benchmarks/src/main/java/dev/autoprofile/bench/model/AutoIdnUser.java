package dev.autoprofile.bench.model;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 1: the profile is created by AutoProfile's generated listener. */
@Entity
@Table(name = "bench_auto_idn_user")
@AutoProfile(model = AutoIdnUserProfile.class)
public class AutoIdnUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(mappedBy = "user")
  private AutoIdnUserProfile profile;

  protected AutoIdnUser() {}

  public AutoIdnUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public AutoIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(AutoIdnUserProfile profile) {
    this.profile = profile;
  }
}
