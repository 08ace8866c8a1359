package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user with an assigned String id. */
@Entity
@Table(name = "it_bf_code_user")
@AutoProfile(model = BfCodeUserProfile.class)
public class BfCodeUser {
  @Id
  private String code;

  protected BfCodeUser() {}

  public BfCodeUser(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }
}
