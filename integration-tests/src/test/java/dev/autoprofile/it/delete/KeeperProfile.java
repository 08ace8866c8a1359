package dev.autoprofile.it.delete;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_keeper_profile")
public class KeeperProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "keeper_id", nullable = false, unique = true)
  private Keeper keeper;

  private String motto;

  protected KeeperProfile() {}

  public KeeperProfile(Keeper keeper) {
    this.keeper = keeper;
  }

  public Keeper getKeeper() {
    return keeper;
  }

  public String getMotto() {
    return motto;
  }

  public void setMotto(String motto) {
    this.motto = motto;
  }
}
