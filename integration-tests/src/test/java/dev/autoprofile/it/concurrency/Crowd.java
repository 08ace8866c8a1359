package dev.autoprofile.it.concurrency;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A user created in bulk by many threads: SEQUENCE ids, so that inserts are batched. */
@Entity
@Table(name = "it_c_crowd")
@AutoProfile(model = CrowdProfile.class)
public class Crowd {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_c_crowd_seq")
  @SequenceGenerator(name = "it_c_crowd_seq", sequenceName = "it_c_crowd_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @OneToOne(mappedBy = "user")
  private CrowdProfile profile;

  protected Crowd() {}

  public Crowd(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public CrowdProfile getProfile() {
    return profile;
  }

  public void setProfile(CrowdProfile profile) {
    this.profile = profile;
  }
}
