package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user whose rows an import script writes before the application starts. */
@Entity
@Table(name = "it_bf_starter")
@AutoProfile(model = BfStarterProfile.class)
public class BfStarter {
  @Id
  private Long id;

  private String name;

  protected BfStarter() {}

  public String getName() {
    return name;
  }
}
