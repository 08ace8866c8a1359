package bad.profileof.ofmodelgeneric;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfModelGenericUser.class)
public class OfModelGeneric<T> {
  @Id Long id;
  @OneToOne OfModelGenericUser user;
}

@Entity
class OfModelGenericUser {
  @Id Long id;
}
