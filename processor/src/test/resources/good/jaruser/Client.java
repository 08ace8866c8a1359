package good.jaruser;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * Another team's user, reaching the model's compilation as a class file built without the
 * processor: JPA annotations only, an inverse side behind public accessors.
 */
@Entity
public class Client {
  @Id Long id;

  @OneToOne(mappedBy = "client")
  private ClientNotes notes;

  public ClientNotes getNotes() {
    return notes;
  }

  public void setNotes(ClientNotes notes) {
    this.notes = notes;
  }
}
