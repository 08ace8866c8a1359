package dev.autoprofile.it.springdata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Not mapped on the account's side: the runtime checks existence with one query on update. */
@Entity
@Table(name = "it_sd_account_profile")
public class SdAccountProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_code", nullable = false, unique = true)
  private SdAccount account;

  public SdAccountProfile() {}

  public void setAccount(SdAccount account) {
    this.account = account;
  }

  public SdAccount getAccount() {
    return account;
  }
}
