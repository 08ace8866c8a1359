package dev.autoprofile.sample.preferences;

import dev.autoprofile.ProfileOf;
import dev.autoprofile.sample.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A user's notification and language settings, owned by this package alone: {@link User} does
 * not know it exists. {@code @ProfileOf} gives every new user one, built by
 * {@link #Preferences(User)}, and removes it with its user.
 */
@Entity
@Table(name = "sample_preferences")
@ProfileOf(User.class)
public class Preferences {
  public static final int LANGUAGE_MAX = 35;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  /** A BCP 47 language tag. */
  @Column(nullable = false, length = LANGUAGE_MAX)
  private String language = "en";

  @Column(nullable = false)
  private boolean newsletter;

  protected Preferences() {}

  /** The defaults of a new user; AutoProfile calls this. */
  public Preferences(User user) {
    this.user = user;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isNewsletter() {
    return newsletter;
  }

  public void setNewsletter(boolean newsletter) {
    this.newsletter = newsletter;
  }
}
