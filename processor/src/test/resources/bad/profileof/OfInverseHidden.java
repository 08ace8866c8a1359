package bad.profileof.ofinversehidden;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfInverseHiddenUser.class)
public class OfInverseHidden {
  @Id Long id;
  @OneToOne OfInverseHiddenUser user;
}

@Entity
class OfInverseHiddenUser {
  @Id Long id;
  @OneToOne(mappedBy = "user") private OfInverseHidden profile;
}
