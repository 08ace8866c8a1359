package dev.autoprofile.it.profileof;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_po_venue_licence")
@ProfileOf(Venue.class)
public class VenueLicence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "venue_id", nullable = false, unique = true)
  private Venue venue;

  protected VenueLicence() {}

  public VenueLicence(Venue venue) {
    this.venue = venue;
  }
}
