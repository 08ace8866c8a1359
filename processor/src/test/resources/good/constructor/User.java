package good.constructor;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@AutoProfile(model = Profile.class)
public class User {
  @Id Long id;

  @OneToOne(mappedBy = "user")
  private Profile profile;

  public Profile getProfile() {
    return profile;
  }

  public void setProfile(Profile profile) {
    this.profile = profile;
  }
}
