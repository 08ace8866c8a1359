package dev.autoprofile.it.observer;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user holding its profile; its badge is declared on the badge's side. */
@Entity
@Table(name = "it_obs_user")
@AutoProfile(model = ObsUserProfile.class)
public class ObsUser {
  @Id @GeneratedValue
  private Long id;

  private String name;

  @OneToOne(mappedBy = "user")
  private ObsUserProfile profile;

  protected ObsUser() {}

  public ObsUser(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ObsUserProfile getProfile() {
    return profile;
  }

  public void setProfile(ObsUserProfile profile) {
    this.profile = profile;
  }
}
