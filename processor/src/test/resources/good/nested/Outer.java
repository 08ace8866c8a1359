package good.nested;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

public class Outer {
  @Entity
  @AutoProfile(model = Outer.UserProfile.class)
  public static class User {
    @Id Long id;
  }

  @Entity
  public static class UserProfile {
    @Id Long id;

    @OneToOne private User user;

    public void setUser(User user) {
      this.user = user;
    }
  }
}
