package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_company")
public class Company extends Party {
  private String registration;

  protected Company() {}

  public Company(String registration) {
    this.registration = registration;
  }
}
