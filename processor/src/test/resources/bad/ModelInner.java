package bad.modelinner;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelInner.Profile.class)
public class ModelInner {
  @Id Long id;

  @Entity
  class Profile {
    @Id Long id;
    @OneToOne ModelInner user;
  }
}
