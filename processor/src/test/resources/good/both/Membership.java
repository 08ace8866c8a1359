package good.both;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The profile of an Owner, and itself the user of a Badge: one listener carries both pairs. */
@Entity
@AutoProfile(model = Badge.class)
@ProfileOf(Owner.class)
public class Membership {
  @Id Long id;

  @OneToOne private Owner owner;

  @OneToOne(mappedBy = "membership")
  Badge badge;

  protected Membership() {}

  public Membership(Owner owner) {
    this.owner = owner;
  }
}
