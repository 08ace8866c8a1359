package dev.autoprofile.stacks.quarkus.accounts;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * An account's settings, declared from this side: {@link Account} maps no attribute for it.
 * AutoProfile builds it with the no-arg constructor, then {@link #setAccount(Account)}.
 */
@Entity
@Table(name = "qk_account_settings")
@ProfileOf(Account.class)
public class AccountSettings {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private Account account;

  @Column(nullable = false)
  private String locale = "en";

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public void setAccount(Account account) {
    this.account = account;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
