package bad.modelgeneric;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = GenericProfile.class)
public class ModelGeneric {
  @Id Long id;
}

@Entity
class GenericProfile<T> {
  @Id Long id;
  @OneToOne ModelGeneric user;
}
