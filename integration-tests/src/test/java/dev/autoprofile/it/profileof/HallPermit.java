package dev.autoprofile.it.profileof;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The profile of {@link Hall}s only, referencing them through their superclass: bootable in a unit
 * without {@code Hall}, which AutoProfile must refuse.
 */
@Entity
@Table(name = "it_po_hall_permit")
@ProfileOf(Hall.class)
public class HallPermit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "venue_id", nullable = false, unique = true)
  private Venue venue;

  protected HallPermit() {}

  public HallPermit(Hall hall) {
    this.venue = hall;
  }
}
