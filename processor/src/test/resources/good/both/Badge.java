package good.both;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Badge {
  @Id Long id;

  @OneToOne Membership membership;
}
