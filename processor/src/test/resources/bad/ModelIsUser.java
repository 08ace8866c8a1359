package bad.modelisuser;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelIsUser.class)
public class ModelIsUser {
  @Id Long id;
}
