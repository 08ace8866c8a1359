package bad.profileof.ofusermissing;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = NoSuchUser.class)
public class OfUserMissing {
  @Id Long id;
}

