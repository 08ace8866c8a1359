package dev.autoprofile.hibernate.twice;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Declares the same pair on its side, as a module compiled against an Owner without the annotation would. */
@Entity
@ProfileOf(Owner.class)
public class Card {
  @Id @GeneratedValue Long id;
  @OneToOne(optional = false) Owner owner;

  Card() {}

  Card(Owner owner) {
    this.owner = owner;
  }
}
