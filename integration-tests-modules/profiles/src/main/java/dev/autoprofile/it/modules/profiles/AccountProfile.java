package dev.autoprofile.it.modules.profiles;

import dev.autoprofile.ProfileOf;
import dev.autoprofile.it.modules.users.Account;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The profile of the user jar's {@link Account}, declared here: the only place AutoProfile appears. */
@Entity
@Table(name = "it_m_account_profile")
@ProfileOf(Account.class)
public class AccountProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private Account account;

  private String displayName;

  protected AccountProfile() {}

  public AccountProfile(Account account) {
    this.account = account;
    this.displayName = account.getLogin();
  }

  public Account getAccount() {
    return account;
  }

  public String getDisplayName() {
    return displayName;
  }
}
