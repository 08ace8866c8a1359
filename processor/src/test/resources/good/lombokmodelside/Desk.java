package good.lombokmodelside;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** No Lombok here: only the user's members wait for it. */
@Entity
@ProfileOf(Writer.class)
public class Desk {
  @Id Long id;

  @OneToOne(optional = false) Writer writer;
}
