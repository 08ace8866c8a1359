package dev.autoprofile.it.backfill;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Built by its constructor, which copies the member's name, with a field initialiser: what SQL cannot do. */
@Entity
@Table(name = "it_bf_member_profile")
public class BfMemberProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false)
  private BfMember member;

  private String displayName;

  private String theme = "light";

  protected BfMemberProfile() {}

  public BfMemberProfile(BfMember member) {
    this.member = member;
    this.displayName = "~" + member.getName();
  }

  public BfMember getMember() {
    return member;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getTheme() {
    return theme;
  }
}
