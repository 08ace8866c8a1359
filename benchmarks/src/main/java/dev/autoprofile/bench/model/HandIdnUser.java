package dev.autoprofile.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 2: the benchmark persists the profile by hand after the user. */
@Entity
@Table(name = "bench_hand_idn_user")
public class HandIdnUser implements BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private HandIdnUserProfile profile;

  protected HandIdnUser() {}

  public HandIdnUser(String username, String email) {
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
  public HandIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(HandIdnUserProfile profile) {
    this.profile = profile;
  }
}
