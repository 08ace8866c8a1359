package bad.profileof.ofinterface;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfInterfaceUser.class)
public class OfInterface {
  @Id Long id;
  @OneToOne OfInterfaceUser user;
}

interface OfInterfaceUser {}
