package dev.autoprofile.sample.users;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * An account. {@code @AutoProfile} gives every new user a {@link Profile} built by
 * {@code new Profile(user)} in the same transaction, and saves the profile the user holds whenever
 * the user is saved again.
 */
@Entity
@Table(name = "sample_user")
@AutoProfile(model = Profile.class)
public class User {
  public static final int USERNAME_MAX = 40;
  public static final int EMAIL_MAX = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @Column(nullable = false, length = EMAIL_MAX)
  private String email;

  /** The inverse side: {@link Profile#getUser()} owns the foreign key. */
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

  public void setUsername(String username) {
    this.username = username;
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

  public void setProfile(Profile profile) {
    this.profile = profile;
  }
}
