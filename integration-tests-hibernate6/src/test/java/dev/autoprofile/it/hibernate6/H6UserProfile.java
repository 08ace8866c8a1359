package dev.autoprofile.it.hibernate6;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_h6_user_profile")
public class H6UserProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private H6User user;

  private String bio;

  protected H6UserProfile() {}

  public H6UserProfile(H6User user) {
    this.user = user;
    this.bio = "Hello, " + user.getUsername();
  }

  public Long getId() {
    return id;
  }

  public H6User getUser() {
    return user;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
