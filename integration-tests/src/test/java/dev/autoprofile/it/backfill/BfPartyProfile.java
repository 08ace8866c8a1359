package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_bf_party_profile")
public class BfPartyProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfParty party;

  protected BfPartyProfile() {}

  public BfPartyProfile(BfParty party) {
    this.party = party;
  }
}
