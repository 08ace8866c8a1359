package dev.autoprofile.sample.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a user shows of themselves. AutoProfile creates it with {@link #Profile(User)} when the
 * user is created; the display name starts as the username.
 */
@Entity
@Table(name = "sample_profile")
public class Profile {
  public static final int DISPLAY_NAME_MAX = 80;
  public static final int BIO_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  @Column(nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(length = BIO_MAX)
  private String bio;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Profile() {}

  /** The profile of a new user; AutoProfile calls this. */
  public Profile(User user) {
    this.user = user;
    this.displayName = user.getUsername();
  }

  @PrePersist
  void onCreate() {
    // microseconds: what both H2 and PostgreSQL store, so a reloaded profile equals this one
    createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
