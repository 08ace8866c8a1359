package dev.autoprofile.it.wiring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Reaches its players by cascade only: a player added to a managed team is saved at flush. */
@Entity
@Table(name = "it_w_team")
public class WiringTeam {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @OneToMany(mappedBy = "team", cascade = CascadeType.ALL)
  private List<WiringPlayer> players = new ArrayList<>();

  protected WiringTeam() {}

  public WiringTeam(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<WiringPlayer> getPlayers() {
    return players;
  }

  /** A new player of this team, not persisted. */
  public WiringPlayer sign(String playerName) {
    WiringPlayer player = new WiringPlayer(playerName, this);
    players.add(player);
    return player;
  }
}
