package good.several;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** Two attributes of type Player: mappedBy says which one is the owner. */
@Entity
public class Preferences {
  @Id Long id;

  @OneToOne private Player owner;

  @ManyToOne private Player lastEditor;

  public void setOwner(Player owner) {
    this.owner = owner;
  }

  public void setLastEditor(Player lastEditor) {
    this.lastEditor = lastEditor;
  }
}
