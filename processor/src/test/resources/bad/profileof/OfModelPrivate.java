package bad.profileof.ofmodelprivate;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

public class OfModelPrivate {
  @Entity
  @ProfileOf(
      value = OfModelPrivateUser.class)
  private static class Profile {
    @Id Long id;
    @OneToOne OfModelPrivateUser user;
  }
}

@Entity
class OfModelPrivateUser {
  @Id Long id;
}
