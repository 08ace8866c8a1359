package dev.autoprofile.stacks.quarkus.accounts;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A plain JPA entity, stored through {@link AccountRepository} or the {@code EntityManager}. Every
 * new account gets an {@link AccountProfile} (declared here) and {@link AccountSettings} (declared
 * by {@code @ProfileOf} on the model: this class does not name it).
 */
@Entity
@Table(name = "qk_account")
@AutoProfile(model = AccountProfile.class)
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  /** The inverse side: {@link AccountProfile#getAccount()} owns the foreign key. */
  @OneToOne(mappedBy = "account")
  private AccountProfile profile;

  protected Account() {}

  public Account(String email) {
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public AccountProfile getProfile() {
    return profile;
  }

  public void setProfile(AccountProfile profile) {
    this.profile = profile;
  }
}
