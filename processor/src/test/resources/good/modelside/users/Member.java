package good.modelside.users;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Another team's user entity: it knows nothing of AutoProfile nor of the profiles kept for it. */
@Entity
public class Member {
  @Id Long id;
}
