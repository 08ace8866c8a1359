package dev.autoprofile.it.inheritance;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** An annotated abstract entity, single-table: covers every subclass. */
@Entity
@Table(name = "it_account")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@AutoProfile(model = AccountProfile.class)
public abstract class Account {
  @Id
  @GeneratedValue
  private Long id;

  private String name;

  protected Account() {}

  protected Account(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
