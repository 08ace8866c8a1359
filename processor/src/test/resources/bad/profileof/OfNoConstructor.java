package bad.profileof.ofnoconstructor;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfNoConstructorUser.class)
public class OfNoConstructor {
  @Id Long id;
  @OneToOne OfNoConstructorUser user;
  private OfNoConstructor() {}
}

@Entity
class OfNoConstructorUser {
  @Id Long id;
}
