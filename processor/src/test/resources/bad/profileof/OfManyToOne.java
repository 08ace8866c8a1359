package bad.profileof.ofmanytoone;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfManyToOneUser.class)
public class OfManyToOne {
  @Id Long id;
  @ManyToOne OfManyToOneUser user;
}

@Entity
class OfManyToOneUser {
  @Id Long id;
}
