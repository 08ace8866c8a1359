package good.several;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Stats {
  @Id Long id;

  @OneToOne private Player player;

  public Stats(Player player) {
    this.player = player;
  }

  protected Stats() {}
}
