package bad.nouserattribute;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = NoUserAttributeProfile.class)
public class NoUserAttribute {
  @Id Long id;
}

@Entity
class NoUserAttributeProfile {
  @Id Long id;
  String name;
}
