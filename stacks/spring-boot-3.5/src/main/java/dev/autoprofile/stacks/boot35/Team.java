package dev.autoprofile.stacks.boot35;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A team keyed by the slug its members choose: an assigned id, so Spring Data's {@code save} merges
 * it instead of persisting it. Its profile model is found by name: {@link TeamProfile}.
 */
@Entity
@Table(name = "sb35_team")
@AutoProfile
public class Team {

  @Id
  private String slug;

  private String name;

  protected Team() {}

  public Team(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
