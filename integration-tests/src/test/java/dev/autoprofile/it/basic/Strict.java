package dev.autoprofile.it.basic;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user whose profile the database refuses: StrictProfile.motto is NOT NULL and starts null. */
@Entity
@Table(name = "it_strict")
@AutoProfile
public class Strict {
  @Id
  @GeneratedValue
  private Long id;

  private String name;

  protected Strict() {}

  public Strict(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
