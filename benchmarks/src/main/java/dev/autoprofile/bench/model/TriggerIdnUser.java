package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 4: a database trigger inserts the profile row; JPA never sees it. */
@Entity
@Table(name = "bench_trigger_idn_user")
public class TriggerIdnUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(mappedBy = "user")
  private TriggerIdnUserProfile profile;

  protected TriggerIdnUser() {}

  public TriggerIdnUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public TriggerIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(TriggerIdnUserProfile profile) {
    this.profile = profile;
  }
}
