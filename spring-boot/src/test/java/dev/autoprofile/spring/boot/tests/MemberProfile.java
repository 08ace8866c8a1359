package dev.autoprofile.spring.boot.tests;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Cannot be built for a member named "broken": the failure the counters count. */
@Entity
@Table(name = "sbmod_member_profile")
public class MemberProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  private Member member;

  private String bio = "";

  protected MemberProfile() {}

  public MemberProfile(Member member) {
    if ("broken".equals(member.getName())) {
      throw new IllegalArgumentException("a profile needs a proper name");
    }
    this.member = member;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }
}
