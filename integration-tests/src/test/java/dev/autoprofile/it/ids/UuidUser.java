package dev.autoprofile.it.ids;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** UUID ids; maps no inverse attribute, and its model is found by convention. */
@Entity
@Table(name = "it_uuid_user")
@AutoProfile
public class UuidUser {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  private String name;

  protected UuidUser() {}

  public UuidUser(String name) {
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public void setName(String name) {
    this.name = name;
  }
}
