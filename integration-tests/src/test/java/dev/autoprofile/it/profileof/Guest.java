package dev.autoprofile.it.profileof;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A user with a profile declared on its side ({@link GuestProfile}) and one declared on the model's
 * ({@link GuestBadge}); it maps both.
 */
@Entity
@Table(name = "it_po_guest")
@AutoProfile(model = GuestProfile.class)
public class Guest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @OneToOne(mappedBy = "guest")
  private GuestProfile profile;

  @OneToOne(mappedBy = "guest")
  private GuestBadge badge;

  protected Guest() {}

  public Guest(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public GuestProfile getProfile() {
    return profile;
  }

  public void setProfile(GuestProfile profile) {
    this.profile = profile;
  }

  public GuestBadge getBadge() {
    return badge;
  }

  public void setBadge(GuestBadge badge) {
    this.badge = badge;
  }
}
