package bad.ambiguous;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = AmbiguousProfile.class)
public class Ambiguous {
  @Id Long id;
}

@Entity
class AmbiguousProfile {
  @Id Long id;
  @OneToOne Ambiguous owner;
  @OneToOne Ambiguous creator;
}
