package bad.modelmissing;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = NoSuchProfile.class)
public class ModelMissing {
  @Id Long id;
}
