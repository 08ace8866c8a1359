package dev.autoprofile.it.idempotent;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** IDENTITY ids; maps no inverse attribute, so only the profile knows its user. */
@Entity
@Table(name = "it_reader")
@AutoProfile
public class Reader {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  protected Reader() {}

  public Reader(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setName(String name) {
    this.name = name;
  }
}
