package dev.autoprofile.bench.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 3: the constructor creates the profile; {@code cascade = ALL} persists it. */
@Entity
@Table(name = "bench_cascade_idn_user")
public class CascadeIdnUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(mappedBy = "user", cascade = CascadeType.ALL)
  private CascadeIdnUserProfile profile;

  protected CascadeIdnUser() {}

  public CascadeIdnUser(String username, String email) {
    super(username, email);
    this.profile = new CascadeIdnUserProfile(this);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public CascadeIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(CascadeIdnUserProfile profile) {
    this.profile = profile;
  }
}
