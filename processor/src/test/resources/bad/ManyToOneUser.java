package bad.manytooneuser;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ManyToOneProfile.class)
public class ManyToOneUser {
  @Id Long id;
}

@Entity
class ManyToOneProfile {
  @Id Long id;
  @ManyToOne ManyToOneUser user;
}
