package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Way 2: the benchmark persists the profile by hand after the user. */
@Entity
@Table(name = "bench_hand_seq_user")
public class HandSeqUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_hand_seq_user_seq")
  @SequenceGenerator(name = "bench_hand_seq_user_seq", sequenceName = "bench_hand_seq_user_seq", allocationSize = 50)
  private Long id;

  @OneToOne(mappedBy = "user")
  private HandSeqUserProfile profile;

  protected HandSeqUser() {}

  public HandSeqUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public HandSeqUserProfile getProfile() {
    return profile;
  }

  public void setProfile(HandSeqUserProfile profile) {
    this.profile = profile;
  }
}
