package dev.autoprofile.it.cost;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The twin of SeqUser without {@code @AutoProfile}: its card is made by hand. */
@Entity
@Table(name = "it_plain_user")
public class PlainUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String name;

  @OneToOne(mappedBy = "user")
  private PlainCard card;

  protected PlainUser() {}

  public PlainUser(String name) {
    this.name = name;
  }

  public void setCard(PlainCard card) {
    this.card = card;
  }
}
