package good.samename;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Two models with the same simple name, from two packages. */
@Entity
@AutoProfile(model = good.samename.a.Profile.class, mappedBy = "member")
@AutoProfile(model = good.samename.b.Profile.class, mappedBy = "member")
public class Member {
  @Id Long id;
}
