package bad.modelisclass;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelIsClassProfile.class)
public class ModelIsClass {
  @Id Long id;
}

class ModelIsClassProfile { }
