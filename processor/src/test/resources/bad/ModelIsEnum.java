package bad.modelisenum;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelIsEnumProfile.class)
public class ModelIsEnum {
  @Id Long id;
}

enum ModelIsEnumProfile { A }
