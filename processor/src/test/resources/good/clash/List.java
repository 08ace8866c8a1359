package good.clash;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class List {
  @Id Long id;

  @OneToOne ProfilePair owner;
}
