package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The hand-written way's user that maps no inverse attribute: the delete census removes its profile by hand. */
@Entity
@Table(name = "bench_hand_lone_user")
public class HandLoneUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_hand_lone_user_seq")
  @SequenceGenerator(name = "bench_hand_lone_user_seq", sequenceName = "bench_hand_lone_user_seq", allocationSize = 50)
  private Long id;

  protected HandLoneUser() {}

  public HandLoneUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  /** None: the user does not map its profile. */
  @Override
  public BenchProfile getProfile() {
    return null;
  }
}
