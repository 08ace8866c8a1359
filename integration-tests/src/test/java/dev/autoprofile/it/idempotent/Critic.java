package dev.autoprofile.it.idempotent;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** SEQUENCE ids; maps no inverse attribute, so only the profile knows its user. */
@Entity
@Table(name = "it_critic")
@AutoProfile
public class Critic {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String name;

  protected Critic() {}

  public Critic(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setName(String name) {
    this.name = name;
  }
}
