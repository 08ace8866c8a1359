package dev.autoprofile.bench.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Way 3: the constructor creates the profile; {@code cascade = ALL} persists it. */
@Entity
@Table(name = "bench_cascade_seq_user")
public class CascadeSeqUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_cascade_seq_user_seq")
  @SequenceGenerator(name = "bench_cascade_seq_user_seq", sequenceName = "bench_cascade_seq_user_seq", allocationSize = 50)
  private Long id;

  @OneToOne(mappedBy = "user", cascade = CascadeType.ALL)
  private CascadeSeqUserProfile profile;

  protected CascadeSeqUser() {}

  public CascadeSeqUser(String username, String email) {
    super(username, email);
    this.profile = new CascadeSeqUserProfile(this);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public CascadeSeqUserProfile getProfile() {
    return profile;
  }

  public void setProfile(CascadeSeqUserProfile profile) {
    this.profile = profile;
  }
}
