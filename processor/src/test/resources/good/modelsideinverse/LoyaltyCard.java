package good.modelsideinverse;

import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Declared on the model, with every member written; built by the constructor taking the user. */
@Entity
@ProfileOf(value = Customer.class, mappedBy = "holder", onUpdate = OnUpdate.IGNORE, onDelete = OnDelete.IGNORE)
public class LoyaltyCard {
  @Id Long id;

  @OneToOne private Customer holder;

  /** Not the user attribute: mappedBy says which one is. */
  @OneToOne private Customer referrer;

  protected LoyaltyCard() {}

  public LoyaltyCard(Customer holder) {
    this.holder = holder;
  }
}
