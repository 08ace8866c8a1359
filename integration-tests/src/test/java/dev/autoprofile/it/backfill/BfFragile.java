package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user whose profile cannot be built while its name is "broken". */
@Entity
@Table(name = "it_bf_fragile")
@AutoProfile(model = BfFragileProfile.class)
public class BfFragile {
  @Id
  private Long id;

  private String name;

  protected BfFragile() {}

  public BfFragile(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
