package dev.autoprofile.it.profileof;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_po_guest_profile")
public class GuestProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "guest_id", nullable = false, unique = true)
  private Guest guest;

  protected GuestProfile() {}

  public GuestProfile(Guest guest) {
    this.guest = guest;
  }
}
