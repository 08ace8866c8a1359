package good.jaruser;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A compiled user that already declares its profile by convention: PartnerProfile. */
@Entity
@AutoProfile
public class Partner {
  @Id Long id;
}
