package bad.profileof.ofusermissingshorthand;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(NoSuchUser.class)
public class OfUserMissingShorthand {
  @Id Long id;
}
