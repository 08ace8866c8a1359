package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_bf_fragile_profile")
public class BfFragileProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfFragile user;

  protected BfFragileProfile() {}

  public BfFragileProfile(BfFragile user) {
    if ("broken".equals(user.getName())) {
      throw new IllegalArgumentException("a profile needs a proper name");
    }
    this.user = user;
  }
}
