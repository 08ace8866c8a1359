package bad.modelabstract;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = AbstractProfile.class)
public class ModelAbstract {
  @Id Long id;
}

@Entity
abstract class AbstractProfile {
  @Id Long id;
  @OneToOne ModelAbstract user;
}
