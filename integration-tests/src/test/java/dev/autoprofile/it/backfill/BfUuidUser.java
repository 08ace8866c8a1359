package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A user with a UUID id and no inverse attribute. */
@Entity
@Table(name = "it_bf_uuid_user")
@AutoProfile(model = BfUuidUserProfile.class)
public class BfUuidUser {
  @Id
  @GeneratedValue
  private UUID id;

  protected BfUuidUser() {}

  public static BfUuidUser create() {
    return new BfUuidUser();
  }

  public UUID getId() {
    return id;
  }
}
