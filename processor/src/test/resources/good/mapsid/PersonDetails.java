package good.mapsid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** Shares the person's primary key. */
@Entity
public class PersonDetails {
  @Id Long id;

  @MapsId
  @OneToOne
  private Person person;

  protected PersonDetails() {}

  public PersonDetails(Person person) {
    this.person = person;
  }
}
