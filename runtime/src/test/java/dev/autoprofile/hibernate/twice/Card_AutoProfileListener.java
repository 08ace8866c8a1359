package dev.autoprofile.hibernate.twice;

import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.AutoProfileListener;
import dev.autoprofile.spi.ProfilePair;

/** As the processor writes it, had it compiled Card on its own. */
public final class Card_AutoProfileListener extends AutoProfileListener {
  public Card_AutoProfileListener() {
    super(Card.class, new CardOfOwner());
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
