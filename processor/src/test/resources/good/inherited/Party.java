package good.inherited;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Abstract base entity: every subclass gets a PartyProfile. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@AutoProfile
public abstract class Party {
  @Id Long id;
}
