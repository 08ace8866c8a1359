package bad.profileof.ofmodelabstract;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfModelAbstractUser.class)
public abstract class OfModelAbstract {
  @Id Long id;
  @OneToOne OfModelAbstractUser user;
}

@Entity
class OfModelAbstractUser {
  @Id Long id;
}
