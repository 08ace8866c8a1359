package bad.profileof.ofstring;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = String.class)
public class OfString {
  @Id Long id;
  @OneToOne String user;
}

