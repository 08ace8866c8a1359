package good.inherited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class PartyProfile {
  @Id Long id;

  @OneToOne private Party party;

  public PartyProfile(Party party) {
    this.party = party;
  }

  protected PartyProfile() {}
}
