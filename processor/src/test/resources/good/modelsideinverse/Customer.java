package good.modelsideinverse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Maps the profile's inverse side, but carries no AutoProfile annotation: abstract, its subclasses are users. */
@Entity
public abstract class Customer {
  @Id Long id;

  @OneToOne(mappedBy = "holder")
  private LoyaltyCard card;

  public LoyaltyCard getCard() {
    return card;
  }

  public void setCard(LoyaltyCard card) {
    this.card = card;
  }
}
