package dev.autoprofile.spring.boot.tests;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user: its profile is declared here, its badge on the badge. */
@Entity
@Table(name = "sbmod_member")
@AutoProfile(model = MemberProfile.class)
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @OneToOne(mappedBy = "member")
  private MemberProfile profile;

  protected Member() {}

  public Member(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public MemberProfile getProfile() {
    return profile;
  }

  public void setProfile(MemberProfile profile) {
    this.profile = profile;
  }
}
