package bad.profileof.ofmodelinner;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

public class OfModelInner {
  @Entity
  @ProfileOf(
      value = OfModelInnerUser.class)
  public class Profile {
    @Id Long id;
    @OneToOne OfModelInnerUser user;
  }
}

@Entity
class OfModelInnerUser {
  @Id Long id;
}
