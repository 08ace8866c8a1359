package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user with a Long SEQUENCE id: its profile on the user side, its ledger declared on the model. */
@Entity
@Table(name = "it_bf_member")
@AutoProfile(model = BfMemberProfile.class)
public class BfMember {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private String name;

  @OneToOne(mappedBy = "member")
  private BfMemberProfile profile;

  protected BfMember() {}

  public BfMember(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BfMemberProfile getProfile() {
    return profile;
  }

  public void setProfile(BfMemberProfile profile) {
    this.profile = profile;
  }
}
