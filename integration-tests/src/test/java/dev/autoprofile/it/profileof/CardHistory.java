package dev.autoprofile.it.profileof;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_po_card_history")
public class CardHistory {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "card_id", nullable = false, unique = true)
  private PatronCard card;

  protected CardHistory() {}

  public CardHistory(PatronCard card) {
    this.card = card;
  }
}
