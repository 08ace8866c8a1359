package bad.profileof.ofgenericuser;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfGenericUserUser.class)
public class OfGenericUser {
  @Id Long id;
  @OneToOne OfGenericUserUser<?> user;
}

@Entity
class OfGenericUserUser<T> {
  @Id Long id;
}
