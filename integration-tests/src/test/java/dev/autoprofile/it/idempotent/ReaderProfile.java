package dev.autoprofile.it.idempotent;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Persisting it cascades to its user: the user must not get a second profile. */
@Entity
@Table(name = "it_reader_profile")
public class ReaderProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "reader_id", unique = true)
  private Reader reader;

  private String note;

  protected ReaderProfile() {}

  public ReaderProfile(Reader reader) {
    this.reader = reader;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
