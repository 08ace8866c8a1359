package bad.profileof.ofprivateuser;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

public class OfPrivateUser {
  @Entity
  private static class User {
    @Id Long id;
  }

  @Entity
  @ProfileOf(
      value = User.class)
  static class Profile {
    @Id Long id;
    @OneToOne User user;
  }
}
