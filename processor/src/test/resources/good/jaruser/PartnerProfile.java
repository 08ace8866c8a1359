package good.jaruser;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@ProfileOf(
    value = Partner.class)
public class PartnerProfile {
  @Id Long id;

  @OneToOne Partner partner;
}
