package good.jaruser;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@ProfileOf(Client.class)
public class ClientNotes {
  @Id Long id;

  @OneToOne(optional = false) Client client;
}
