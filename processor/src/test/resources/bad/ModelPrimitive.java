package bad.modelprimitive;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = int.class)
public class ModelPrimitive {
  @Id Long id;
}
