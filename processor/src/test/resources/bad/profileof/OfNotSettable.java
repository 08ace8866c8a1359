package bad.profileof.ofnotsettable;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfNotSettableUser.class)
public class OfNotSettable {
  @Id Long id;
  @OneToOne private OfNotSettableUser user;
}

@Entity
class OfNotSettableUser {
  @Id Long id;
}
