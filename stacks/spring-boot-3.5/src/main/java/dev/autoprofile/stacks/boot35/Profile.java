package dev.autoprofile.stacks.boot35;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** What a user shows of themselves; AutoProfile builds it with {@link #Profile(User)}. */
@Entity
@Table(name = "sb35_profile")
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  @Column(nullable = false)
  private String displayName;

  private String bio;

  protected Profile() {}

  /** A new user's profile: the display name starts as the username. */
  public Profile(User user) {
    this.user = user;
    this.displayName = user.getUsername();
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
