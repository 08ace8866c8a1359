package bad.mappedbynotfound;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = MappedByNotFoundProfile.class,
    mappedBy = "ownr")
public class MappedByNotFound {
  @Id Long id;
}

@Entity
class MappedByNotFoundProfile {
  @Id Long id;
  @OneToOne MappedByNotFound owner;
}
