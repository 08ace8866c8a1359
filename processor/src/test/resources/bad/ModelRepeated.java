package bad.modelrepeated;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = RepeatedProfile.class)
@AutoProfile(
    model = RepeatedProfile.class)
public class ModelRepeated {
  @Id Long id;
}

@Entity
class RepeatedProfile {
  @Id Long id;
  @OneToOne RepeatedProfile self;
  @OneToOne ModelRepeated user;
}
