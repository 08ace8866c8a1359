package dev.autoprofile.bench.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Way 3: the constructor creates the profile; {@code cascade = ALL} persists it. */
@Entity
@Table(name = "bench_cascade_idn_user")
public class CascadeIdnUser implements BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user", cascade = CascadeType.ALL)
  private CascadeIdnUserProfile profile;

  protected CascadeIdnUser() {}

  public CascadeIdnUser(String username, String email) {
    this.username = username;
    this.email = email;
    this.profile = new CascadeIdnUserProfile(this);
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
  public CascadeIdnUserProfile getProfile() {
    return profile;
  }

  public void setProfile(CascadeIdnUserProfile profile) {
    this.profile = profile;
  }
}
