package dev.autoprofile.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * One per user, enforced by the database: the unique key Hibernate derives from the one-to-one
 * join column, as users get it without asking.
 */
@Entity
@Table(name = "it_c_legacy_profile")
public class LegacyProfile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private Legacy user;

  protected LegacyProfile() {}

  public LegacyProfile(Legacy user) {
    this.user = user;
  }

  public Legacy getUser() {
    return user;
  }
}
