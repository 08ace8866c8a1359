package dev.autoprofile.stacks.quarkus.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's repository pattern over the plain {@link Account} entity. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {
  public Account findByEmail(String email) {
    return find("email", email).firstResult();
  }
}
