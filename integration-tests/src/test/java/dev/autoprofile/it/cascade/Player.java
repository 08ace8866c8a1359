package dev.autoprofile.it.cascade;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_player")
@AutoProfile
public class Player {
  @Id
  @GeneratedValue
  private Long id;

  private String name;

  @ManyToOne(optional = false)
  private Team team;

  @OneToOne(mappedBy = "player")
  private PlayerProfile profile;

  protected Player() {}

  Player(Team team, String name) {
    this.team = team;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public PlayerProfile getProfile() {
    return profile;
  }

  public void setProfile(PlayerProfile profile) {
    this.profile = profile;
  }
}
