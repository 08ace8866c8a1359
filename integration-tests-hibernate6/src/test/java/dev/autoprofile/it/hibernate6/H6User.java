package dev.autoprofile.it.hibernate6;

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
@Table(name = "it_h6_user")
@AutoProfile(model = H6UserProfile.class)
public class H6User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private H6UserProfile profile;

  protected H6User() {}

  public H6User(String username) {
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

  public H6UserProfile getProfile() {
    return profile;
  }

  public void setProfile(H6UserProfile profile) {
    this.profile = profile;
  }
}
