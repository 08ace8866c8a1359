package good.transientgetter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;

/**
 * Field access: the getters are not attributes, so {@code previousOwner} is no second attribute
 * of type Owner; {@code owner} is the only one, and needs no {@code mappedBy}.
 */
@Entity
public class OwnerProfile {
  @Id Long id;

  @OneToOne Owner owner;

  @Transient Owner previous;

  public Owner getOwner() {
    return owner;
  }

  public void setOwner(Owner owner) {
    this.owner = owner;
  }

  @Transient
  public Owner getPreviousOwner() {
    return previous;
  }
}
