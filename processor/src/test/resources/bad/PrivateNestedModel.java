package bad.privatenestedmodel;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

/** Inside Outer the private Profile is visible, but not to the generated listener. */
public class PrivateNestedModel {
  @Entity
  @AutoProfile(
      model = Profile.class)
  static class User {
    @Id Long id;
  }

  @Entity
  private static class Profile {
    @Id Long id;
    @OneToOne User user;
  }
}
