package dev.autoprofile.it.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_account_profile")
public class AccountProfile {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", unique = true)
  private Account account;

  protected AccountProfile() {}

  public AccountProfile(Account account) {
    this.account = account;
  }
}
