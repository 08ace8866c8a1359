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
@Table(name = "it_po_guest_badge")
@ProfileOf(Guest.class)
public class GuestBadge {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "guest_id", nullable = false, unique = true)
  private Guest guest;

  private String label;

  protected GuestBadge() {}

  public GuestBadge(Guest guest) {
    this.guest = guest;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
