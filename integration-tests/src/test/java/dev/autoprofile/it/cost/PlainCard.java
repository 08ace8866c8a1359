package dev.autoprofile.it.cost;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_plain_card")
public class PlainCard {
  @Id
  private Long id;

  @MapsId
  @OneToOne
  private PlainUser user;

  private String nickname;

  protected PlainCard() {}

  public PlainCard(PlainUser user) {
    this.user = user;
  }
}
