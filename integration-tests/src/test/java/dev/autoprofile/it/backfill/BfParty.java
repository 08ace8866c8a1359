package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An abstract user entity: its subclasses' rows are backfilled through it. */
@Entity
@Table(name = "it_bf_party")
@AutoProfile(model = BfPartyProfile.class)
public abstract class BfParty {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  public Long getId() {
    return id;
  }
}
