package good.setter;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No model named: the convention finds AccountProfile. */
@Entity
@AutoProfile
public class Account {
  @Id Long id;
}
