package good.clash;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Named like java.lang.Override, which the listener uses unqualified. */
@Entity
@AutoProfile(model = Generated.class)
public class Override {
  @Id Long id;
}
