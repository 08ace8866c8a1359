package bad.profileof.ofarray;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfArrayUser[].class)
public class OfArray {
  @Id Long id;
}

@Entity
class OfArrayUser {
  @Id Long id;
}
