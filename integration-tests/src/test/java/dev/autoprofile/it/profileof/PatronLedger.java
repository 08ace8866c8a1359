package dev.autoprofile.it.profileof;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A second model-side profile of {@link Patron}, only created (onUpdate = IGNORE); SEQUENCE ids. */
@Entity
@Table(name = "it_po_patron_ledger")
@ProfileOf(value = Patron.class, onUpdate = OnUpdate.IGNORE)
public class PatronLedger {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_po_patron_ledger_seq")
  @SequenceGenerator(name = "it_po_patron_ledger_seq", sequenceName = "it_po_patron_ledger_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "patron_id", nullable = false, unique = true)
  private Patron patron;

  protected PatronLedger() {}

  public PatronLedger(Patron patron) {
    this.patron = patron;
  }
}
