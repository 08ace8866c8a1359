package dev.autoprofile.it.observer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Cannot be built for a user named "broken". */
@Entity
@Table(name = "it_obs_user_profile")
public class ObsUserProfile {
  @Id @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  private ObsUser user;

  private String bio = "";

  protected ObsUserProfile() {}

  public ObsUserProfile(ObsUser user) {
    if ("broken".equals(user.getName())) {
      throw new IllegalArgumentException("a profile needs a proper name");
    }
    this.user = user;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
