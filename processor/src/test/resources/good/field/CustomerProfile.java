package good.field;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
class CustomerProfile {
  @Id Long id;

  @OneToOne Customer customer;
}
