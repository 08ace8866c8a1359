package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_bf_code_user_profile")
public class BfCodeUserProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfCodeUser user;

  protected BfCodeUserProfile() {}

  public BfCodeUserProfile(BfCodeUser user) {
    this.user = user;
  }
}
