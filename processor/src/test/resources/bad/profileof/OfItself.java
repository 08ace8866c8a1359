package bad.profileof.ofitself;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfItself.class)
public class OfItself {
  @Id Long id;
  @OneToOne OfItself user;
}

