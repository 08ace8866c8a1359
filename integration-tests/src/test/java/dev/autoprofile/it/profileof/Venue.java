package dev.autoprofile.it.profileof;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An abstract user entity, single table; {@link VenueLicence} declares itself the profile of every subclass. */
@Entity
@Table(name = "it_po_venue")
public abstract class Venue {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  protected Venue() {}

  protected Venue(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
