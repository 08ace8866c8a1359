package bad.profileof.ofprimitive;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = int.class)
public class OfPrimitive {
  @Id Long id;
}

