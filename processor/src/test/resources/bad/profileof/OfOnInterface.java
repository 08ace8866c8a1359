package bad.profileof.ofoninterface;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@ProfileOf(
    value = OfOnInterfaceUser.class)
public interface OfOnInterface {}

@Entity
class OfOnInterfaceUser {
  @Id Long id;
}
