package dev.autoprofile.it.basic;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user whose profile is built by the constructor taking it, and mapped on the inverse side. */
@Entity
@Table(name = "it_member")
@AutoProfile(model = MemberProfile.class)
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @OneToOne(mappedBy = "member")
  private MemberProfile profile;

  protected Member() {}

  public Member(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public MemberProfile getProfile() {
    return profile;
  }

  public void setProfile(MemberProfile profile) {
    this.profile = profile;
  }
}
