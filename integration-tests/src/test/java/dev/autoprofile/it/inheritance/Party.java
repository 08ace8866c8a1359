package dev.autoprofile.it.inheritance;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** An annotated abstract entity, joined inheritance, holding its profile on the inverse side. */
@Entity
@Table(name = "it_party")
@Inheritance(strategy = InheritanceType.JOINED)
@AutoProfile(model = PartyProfile.class)
public abstract class Party {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(mappedBy = "party")
  private PartyProfile profile;

  public Long getId() {
    return id;
  }

  public PartyProfile getProfile() {
    return profile;
  }

  public void setProfile(PartyProfile profile) {
    this.profile = profile;
  }
}
