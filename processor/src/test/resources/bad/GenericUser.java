package bad.genericuser;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile
public class GenericUser<T> {
  @Id Long id;
}
