package bad.privatenesteduser;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

public class PrivateNestedUser {
  @Entity
  @AutoProfile(model = Profile.class)
  private static class User {
    @Id Long id;
  }

  @Entity
  static class Profile {
    @Id Long id;
    @OneToOne User user;
  }
}
