package bad.profileof.ofdeclaredtwice;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfDeclaredTwiceUser.class)
public class OfDeclaredTwice {
  @Id Long id;
  @OneToOne OfDeclaredTwiceUser user;
}

@Entity
@AutoProfile(
    model = OfDeclaredTwice.class)
class OfDeclaredTwiceUser {
  @Id Long id;
}
