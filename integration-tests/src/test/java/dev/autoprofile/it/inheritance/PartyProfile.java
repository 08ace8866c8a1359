package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_party_profile")
public class PartyProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "party_id", unique = true)
  private Party party;

  protected PartyProfile() {}

  public PartyProfile(Party party) {
    this.party = party;
  }

  public Party getParty() {
    return party;
  }
}
