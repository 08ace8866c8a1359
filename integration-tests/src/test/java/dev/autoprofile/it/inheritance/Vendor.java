package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Vendor extends Account {
  protected Vendor() {}

  public Vendor(String name) {
    super(name);
  }
}
