package dev.autoprofile.it.ids;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** SEQUENCE ids; its card shares its key ({@code @MapsId}). */
@Entity
@Table(name = "it_seq_user")
@AutoProfile(model = SeqCard.class)
public class SeqUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String name;

  @OneToOne(mappedBy = "user")
  private SeqCard card;

  protected SeqUser() {}

  public SeqUser(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SeqCard getCard() {
    return card;
  }

  public void setCard(SeqCard card) {
    this.card = card;
  }
}
