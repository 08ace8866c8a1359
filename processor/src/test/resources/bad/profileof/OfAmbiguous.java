package bad.profileof.ofambiguous;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfAmbiguousUser.class)
public class OfAmbiguous {
  @Id Long id;
  @OneToOne OfAmbiguousUser owner;
  @OneToOne OfAmbiguousUser creator;
}

@Entity
class OfAmbiguousUser {
  @Id Long id;
}
