package dev.autoprofile.it.springdata;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** IDENTITY id: Spring Data's save() of a new one calls persist, of a detached one merge. */
@Entity
@Table(name = "it_sd_user")
@AutoProfile(model = SdUserProfile.class)
public class SdUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private SdUserProfile profile;

  protected SdUser() {}

  public SdUser(String username) {
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

  public SdUserProfile getProfile() {
    return profile;
  }

  public void setProfile(SdUserProfile profile) {
    this.profile = profile;
  }
}
