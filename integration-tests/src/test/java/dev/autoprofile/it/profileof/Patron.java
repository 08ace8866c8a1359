package dev.autoprofile.it.profileof;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user that knows nothing of AutoProfile, like Django's {@code auth.User}: its profiles are
 * declared on the models with {@code @ProfileOf}, and it maps none of them.
 */
@Entity
@Table(name = "it_po_patron")
public class Patron {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  protected Patron() {}

  public Patron(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
