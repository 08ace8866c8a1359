package dev.autoprofile.it.observer;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Declared on the model's side; the user maps no inverse attribute. */
@Entity
@Table(name = "it_obs_badge")
@ProfileOf(value = ObsUser.class, onUpdate = OnUpdate.IGNORE)
public class ObsBadge {
  @Id @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  private ObsUser user;

  protected ObsBadge() {}

  public ObsBadge(ObsUser user) {
    this.user = user;
  }
}
