package dev.autoprofile.it.wiring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_w_account_profile")
public class WiringAccountProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private WiringAccount user;

  private String bio;

  protected WiringAccountProfile() {}

  public WiringAccountProfile(WiringAccount user) {
    this.user = user;
    this.bio = "Hello, " + user.getUsername();
  }

  public Long getId() {
    return id;
  }

  public WiringAccount getUser() {
    return user;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
