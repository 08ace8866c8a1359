package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** onDelete = IGNORE and no inverse attribute: its profile row outlives it (the foreign key has no constraint). */
@Entity
@Table(name = "it_d_drifter")
@AutoProfile(model = DrifterProfile.class, onDelete = OnDelete.IGNORE)
public class Drifter implements Leaving {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  protected Drifter() {}

  public Drifter(String name) {
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
