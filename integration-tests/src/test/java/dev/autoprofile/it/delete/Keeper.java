package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnDelete;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** onDelete = IGNORE with cascade = REMOVE on the inverse attribute: the mapping still removes the profile. */
@Entity
@Table(name = "it_d_keeper")
@AutoProfile(model = KeeperProfile.class, onDelete = OnDelete.IGNORE)
public class Keeper implements Leaving {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  @OneToOne(mappedBy = "keeper", cascade = CascadeType.REMOVE)
  private KeeperProfile profile;

  public KeeperProfile getProfile() {
    return profile;
  }

  public void setProfile(KeeperProfile profile) {
    this.profile = profile;
  }

  protected Keeper() {}

  public Keeper(String name) {
    this.name = name;
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }
}
