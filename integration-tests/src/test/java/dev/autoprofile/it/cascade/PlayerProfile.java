package dev.autoprofile.it.cascade;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_player_profile")
public class PlayerProfile {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "player_id", unique = true)
  private Player player;

  protected PlayerProfile() {}

  public PlayerProfile(Player player) {
    this.player = player;
  }

  public Player getPlayer() {
    return player;
  }
}
