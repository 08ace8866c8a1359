package good.clash;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Named like javax.annotation.processing.Generated. */
@Entity
public class Generated {
  @Id Long id;

  @OneToOne Override owner;
}
