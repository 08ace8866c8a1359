package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Customer extends Account {
  protected Customer() {}

  public Customer(String name) {
    super(name);
  }
}
