package bad.inversehidden;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = InverseHiddenProfile.class)
public class InverseHidden {
  @Id Long id;
  @OneToOne(mappedBy = "user") private InverseHiddenProfile profile;
}

@Entity
class InverseHiddenProfile {
  @Id Long id;
  @OneToOne InverseHidden user;
}
