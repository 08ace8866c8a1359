package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_bf_uuid_user_profile")
public class BfUuidUserProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfUuidUser user;

  protected BfUuidUserProfile() {}

  public BfUuidUserProfile(BfUuidUser user) {
    this.user = user;
  }
}
