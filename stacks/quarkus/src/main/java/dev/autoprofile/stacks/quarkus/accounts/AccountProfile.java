package dev.autoprofile.stacks.quarkus.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** What an account shows of itself; AutoProfile builds it with {@link #AccountProfile(Account)}. */
@Entity
@Table(name = "qk_account_profile")
public class AccountProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private Account account;

  @Column(nullable = false)
  private String displayName;

  protected AccountProfile() {}

  /** The profile of a new account: its display name starts as the e-mail's local part. */
  public AccountProfile(Account account) {
    this.account = account;
    this.displayName = account.getEmail().substring(0, account.getEmail().indexOf('@'));
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
