package dev.autoprofile.it.wiring;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_w_player")
@AutoProfile(model = WiringPlayerProfile.class)
public class WiringPlayer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @ManyToOne(optional = false)
  private WiringTeam team;

  @OneToOne(mappedBy = "player")
  private WiringPlayerProfile profile;

  protected WiringPlayer() {}

  WiringPlayer(String name, WiringTeam team) {
    this.name = name;
    this.team = team;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public WiringPlayerProfile getProfile() {
    return profile;
  }

  public void setProfile(WiringPlayerProfile profile) {
    this.profile = profile;
  }
}
