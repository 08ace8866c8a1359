package dev.autoprofile.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_c_crowd_profile")
public class CrowdProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_c_crowd_profile_seq")
  @SequenceGenerator(name = "it_c_crowd_profile_seq", sequenceName = "it_c_crowd_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private Crowd user;

  private String nickname;

  protected CrowdProfile() {}

  public CrowdProfile(Crowd user) {
    this.user = user;
    this.nickname = user.getUsername();
  }

  public Crowd getUser() {
    return user;
  }
}
