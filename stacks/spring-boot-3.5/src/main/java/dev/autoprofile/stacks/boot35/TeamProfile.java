package dev.autoprofile.stacks.boot35;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A team's public page; {@link Team} does not map it, so AutoProfile finds it by query to remove it. */
@Entity
@Table(name = "sb35_team_profile")
public class TeamProfile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "team_slug", nullable = false, unique = true)
  private Team team;

  private String motto;

  protected TeamProfile() {}

  public TeamProfile(Team team) {
    this.team = team;
  }

  public Team getTeam() {
    return team;
  }

  public String getMotto() {
    return motto;
  }
}
