package bad.profileof.ofmappedbynotfound;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfMappedByNotFoundUser.class,
    mappedBy = "ownr")
public class OfMappedByNotFound {
  @Id Long id;
  @OneToOne OfMappedByNotFoundUser owner;
}

@Entity
class OfMappedByNotFoundUser {
  @Id Long id;
}
