package bad.notsettable;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = NotSettableProfile.class)
public class NotSettable {
  @Id Long id;
}

@Entity
class NotSettableProfile {
  @Id Long id;
  @OneToOne private NotSettable user;

  public NotSettable getUser() {
    return user;
  }
}
