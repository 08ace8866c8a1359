package bad.profileof.ofenum;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfEnumUser.class)
public class OfEnum {
  @Id Long id;
  @OneToOne OfEnumUser user;
}

enum OfEnumUser { A }
