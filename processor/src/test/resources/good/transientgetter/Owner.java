package good.transientgetter;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@AutoProfile
public class Owner {
  @Id Long id;
}
