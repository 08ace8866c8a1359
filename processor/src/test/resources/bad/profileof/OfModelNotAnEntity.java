package bad.profileof.ofmodelnotanentity;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@ProfileOf(
    value = OfModelNotAnEntityUser.class)
public class OfModelNotAnEntity {
  @Id Long id;
  @OneToOne OfModelNotAnEntityUser user;
}

@Entity
class OfModelNotAnEntityUser {
  @Id Long id;
}
