package good.field;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Fields only: the listener, in the same package, reads and writes them directly. */
@Entity
@AutoProfile(model = CustomerProfile.class, onUpdate = OnUpdate.IGNORE)
public class Customer {
  @Id Long id;

  @OneToOne(mappedBy = "customer")
  CustomerProfile profile;
}
