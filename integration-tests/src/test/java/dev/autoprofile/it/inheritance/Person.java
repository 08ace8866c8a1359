package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_person")
public class Person extends Party {
  private String fullName;

  protected Person() {}

  public Person(String fullName) {
    this.fullName = fullName;
  }
}
