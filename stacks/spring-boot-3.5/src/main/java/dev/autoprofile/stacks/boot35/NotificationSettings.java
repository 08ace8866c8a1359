package dev.autoprofile.stacks.boot35;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A user's notification choices, declared from this side: {@link User} does not map it, and
 * AutoProfile still creates it with every user and removes it with the user.
 */
@Entity
@Table(name = "sb35_notification_settings")
@ProfileOf(User.class)
public class NotificationSettings {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  /** Runs for users backfilled at startup too, which an SQL migration could not do. */
  @Column(nullable = false)
  private boolean weeklyDigest = true;

  protected NotificationSettings() {}

  public NotificationSettings(User user) {
    this.user = user;
  }

  public User getUser() {
    return user;
  }

  public boolean isWeeklyDigest() {
    return weeklyDigest;
  }
}
