package dev.autoprofile.it.nested;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The conventional profile of the nested {@link Outer.Reader}: {@code <UserSimpleName>Profile}. */
@Entity(name = "NestedReaderProfile")
@Table(name = "nested_reader_profile")
public class ReaderProfile {
  @Id @GeneratedValue Long id;
  @OneToOne(optional = false) Outer.Reader reader;

  protected ReaderProfile() {}

  public ReaderProfile(Outer.Reader reader) {
    this.reader = reader;
  }
}
