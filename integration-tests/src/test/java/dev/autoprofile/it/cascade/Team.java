package dev.autoprofile.it.cascade;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Reaches its players by cascade: they are saved without being persisted themselves. */
@Entity
@Table(name = "it_team")
public class Team {
  @Id
  @GeneratedValue
  private Long id;

  private String name;

  @OneToMany(mappedBy = "team", cascade = CascadeType.ALL)
  private List<Player> players = new ArrayList<>();

  protected Team() {}

  public Team(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public List<Player> getPlayers() {
    return players;
  }

  public Player sign(String playerName) {
    Player player = new Player(this, playerName);
    players.add(player);
    return player;
  }
}
