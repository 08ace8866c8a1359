package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 4: a database trigger inserts the profile row; JPA never sees it. */
@Entity
@Table(name = "bench_trigger_idn_user")
public class TriggerIdnUser implements BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private TriggerIdnUserProfile profile;

  protected TriggerIdnUser() {}

  public TriggerIdnUser(String username, String email) {
    this.username = username;
    this.email = email;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  @Override
  public String getEmail() {
    return email;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public TriggerIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(TriggerIdnUserProfile profile) {
    this.profile = profile;
  }
}
