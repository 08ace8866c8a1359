package bad.modelisinterface;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelIsInterfaceProfile.class)
public class ModelIsInterface {
  @Id Long id;
}

interface ModelIsInterfaceProfile { }
