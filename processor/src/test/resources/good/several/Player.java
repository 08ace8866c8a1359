package good.several;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@AutoProfile(model = Stats.class)
@AutoProfile(model = Preferences.class, mappedBy = "owner", onUpdate = OnUpdate.IGNORE)
public class Player {
  @Id Long id;

  @OneToOne(mappedBy = "player")
  private Stats stats;

  public Stats getStats() {
    return stats;
  }

  public void setStats(Stats stats) {
    this.stats = stats;
  }
}
