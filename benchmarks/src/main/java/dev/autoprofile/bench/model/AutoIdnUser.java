package dev.autoprofile.bench.model;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
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
public class AutoIdnUser implements BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private AutoIdnUserProfile profile;

  protected AutoIdnUser() {}

  public AutoIdnUser(String username, String email) {
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
  public AutoIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(AutoIdnUserProfile profile) {
    this.profile = profile;
  }
}
