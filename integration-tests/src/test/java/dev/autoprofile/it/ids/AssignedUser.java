package dev.autoprofile.it.ids;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Assigned ids; the inverse attribute is reached through its package-private field. */
@Entity
@Table(name = "it_assigned_user")
@AutoProfile(model = AssignedUserProfile.class)
public class AssignedUser {
  @Id
  private String handle;

  @OneToOne(mappedBy = "user")
  AssignedUserProfile profile;

  protected AssignedUser() {}

  public AssignedUser(String handle) {
    this.handle = handle;
  }

  public String getHandle() {
    return handle;
  }
}
