package bad.notanentity;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile(model = NotAnEntityProfile.class)
public class NotAnEntity {}

@Entity
class NotAnEntityProfile {
  @Id Long id;
  @OneToOne NotAnEntity user;
}
