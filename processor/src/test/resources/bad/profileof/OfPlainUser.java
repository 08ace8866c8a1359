package bad.profileof.ofplainuser;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfPlainUserUser.class)
public class OfPlainUser {
  @Id Long id;
  @OneToOne OfPlainUserUser user;
}

class OfPlainUserUser {
  Long id;
}
