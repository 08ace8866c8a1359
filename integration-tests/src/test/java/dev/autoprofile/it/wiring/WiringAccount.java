package dev.autoprofile.it.wiring;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user with an IDENTITY id that maps its profile on the inverse side. */
@Entity
@Table(name = "it_w_account")
@AutoProfile(model = WiringAccountProfile.class)
public class WiringAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private WiringAccountProfile profile;

  protected WiringAccount() {}

  public WiringAccount(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public WiringAccountProfile getProfile() {
    return profile;
  }

  public void setProfile(WiringAccountProfile profile) {
    this.profile = profile;
  }
}
