package bad.profileof.ofnouserattribute;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfNoUserAttributeUser.class)
public class OfNoUserAttribute {
  @Id Long id;
}

@Entity
class OfNoUserAttributeUser {
  @Id Long id;
}
