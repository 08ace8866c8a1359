package dev.autoprofile.it.wiring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_w_player_profile")
public class WiringPlayerProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "player_id", nullable = false, unique = true)
  private WiringPlayer player;

  protected WiringPlayerProfile() {}

  public WiringPlayerProfile(WiringPlayer player) {
    this.player = player;
  }

  public WiringPlayer getPlayer() {
    return player;
  }
}
