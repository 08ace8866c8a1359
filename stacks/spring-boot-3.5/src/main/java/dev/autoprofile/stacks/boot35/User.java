package dev.autoprofile.stacks.boot35;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * An account. Every new user gets a {@link Profile}, saved with the user and removed with it; it
 * also gets {@link NotificationSettings}, which this class does not know about ({@code @ProfileOf}).
 */
@Entity
@Table(name = "sb35_user")
@AutoProfile(model = Profile.class)
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(nullable = false)
  private String email;

  /** The inverse side, without cascade: AutoProfile creates, saves and removes the profile. */
  @OneToOne(mappedBy = "user")
  private Profile profile;

  protected User() {}

  public User(String username, String email) {
    this.username = username;
    this.email = email;
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

  public Profile getProfile() {
    return profile;
  }

  /** For AutoProfile's generated listener (same package), which links a new profile to its user. */
  void setProfile(Profile profile) {
    this.profile = profile;
  }
}
