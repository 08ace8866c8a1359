package dev.autoprofile.it.profileof;

import jakarta.persistence.Entity;

@Entity
public class Stage extends Venue {
  protected Stage() {}

  public Stage(String name) {
    super(name);
  }
}
