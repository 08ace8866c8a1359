package dev.autoprofile.bench.model;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Way 1: the profile is created by AutoProfile's generated listener. */
@Entity
@Table(name = "bench_auto_seq_user")
@AutoProfile(model = AutoSeqUserProfile.class)
public class AutoSeqUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_auto_seq_user_seq")
  @SequenceGenerator(name = "bench_auto_seq_user_seq", sequenceName = "bench_auto_seq_user_seq", allocationSize = 50)
  private Long id;

  @OneToOne(mappedBy = "user")
  private AutoSeqUserProfile profile;

  protected AutoSeqUser() {}

  public AutoSeqUser(String username, String email) {
    super(username, email);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public AutoSeqUserProfile getProfile() {
    return profile;
  }

  public void setProfile(AutoSeqUserProfile profile) {
    this.profile = profile;
  }
}
