package dev.autoprofile.it.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Built by its constructor taking the user; its field initialisers run. */
@Entity
@Table(name = "it_assigned_user_profile")
public class AssignedUserProfile {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_handle", unique = true)
  private AssignedUser user;

  private String theme = "light";

  private Instant createdAt = Instant.now();

  protected AssignedUserProfile() {}

  public AssignedUserProfile(AssignedUser user) {
    this.user = user;
  }

  public AssignedUser getUser() {
    return user;
  }

  public String getTheme() {
    return theme;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
