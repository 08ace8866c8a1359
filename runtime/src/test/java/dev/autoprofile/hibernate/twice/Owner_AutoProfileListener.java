package dev.autoprofile.hibernate.twice;

import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.AutoProfileListener;
import dev.autoprofile.spi.ProfilePair;

/** As the processor writes it, had it compiled Owner on its own. */
public final class Owner_AutoProfileListener extends AutoProfileListener {
  public Owner_AutoProfileListener() {
    super(Owner.class, new CardOfOwner());
  }

  private static class CardOfOwner extends ProfilePair<Owner, Card> {
    CardOfOwner() {
      super(Owner.class, Card.class, "owner", OnUpdate.SAVE, OnDelete.DELETE, null);
    }

    @Override
    public Card newProfile(Owner user) {
      return new Card(user);
    }
  }
}
