package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The profile of {@link AutoSeqUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_auto_seq_profile")
public class AutoSeqUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_auto_seq_profile_seq")
  @SequenceGenerator(name = "bench_auto_seq_profile_seq", sequenceName = "bench_auto_seq_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private AutoSeqUser user;

  protected AutoSeqUserProfile() {}

  public AutoSeqUserProfile(AutoSeqUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public AutoSeqUser getUser() {
    return user;
  }
}
