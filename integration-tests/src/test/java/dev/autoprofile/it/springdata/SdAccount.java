package dev.autoprofile.it.springdata;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An assigned id and no version: Spring Data cannot tell it is new, so save() always merges, and
 * Hibernate looks the row up to decide. The profile is found by convention.
 */
@Entity
@Table(name = "it_sd_account")
@AutoProfile
public class SdAccount {
  @Id
  private String code;

  private String owner;

  protected SdAccount() {}

  public SdAccount(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
