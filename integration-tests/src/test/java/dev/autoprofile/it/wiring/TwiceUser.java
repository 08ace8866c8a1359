package dev.autoprofile.it.wiring;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user of a SessionFactory that AutoProfile is integrated into twice. */
@Entity
@Table(name = "it_w_twice_user")
@AutoProfile(model = TwiceUserProfile.class)
public class TwiceUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private TwiceUserProfile profile;

  protected TwiceUser() {}

  public TwiceUser(String username) {
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

  public TwiceUserProfile getProfile() {
    return profile;
  }

  public void setProfile(TwiceUserProfile profile) {
    this.profile = profile;
  }
}
