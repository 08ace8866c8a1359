package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Way 4: a database trigger inserts the profile row; JPA never sees it. */
@Entity
@Table(name = "bench_trigger_seq_user")
public class TriggerSeqUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_trigger_seq_user_seq")
  @SequenceGenerator(name = "bench_trigger_seq_user_seq", sequenceName = "bench_trigger_seq_user_seq", allocationSize = 50)
  private Long id;

  @OneToOne(mappedBy = "user")
  private TriggerSeqUserProfile profile;

  protected TriggerSeqUser() {}

  public TriggerSeqUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public TriggerSeqUserProfile getProfile() {
    return profile;
  }

  public void setProfile(TriggerSeqUserProfile profile) {
    this.profile = profile;
  }
}
