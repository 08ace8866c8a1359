package dev.autoprofile.it.profileof;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The profile of a {@link Patron}, declared here; and itself a user, whose profile is a {@link CardHistory}. */
@Entity
@Table(name = "it_po_patron_card")
@ProfileOf(Patron.class)
@AutoProfile(model = CardHistory.class)
public class PatronCard {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "patron_id", nullable = false, unique = true)
  private Patron patron;

  protected PatronCard() {}

  public PatronCard(Patron patron) {
    this.patron = patron;
  }

  public Patron getPatron() {
    return patron;
  }
}
