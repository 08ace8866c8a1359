package dev.autoprofile.it.profileof;

import jakarta.persistence.Entity;

@Entity
public class Hall extends Venue {
  protected Hall() {}

  public Hall(String name) {
    super(name);
  }
}
