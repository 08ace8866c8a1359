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

/** The profile of {@link TriggerSeqUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_trigger_seq_profile")
public class TriggerSeqUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_trigger_seq_profile_seq")
  @SequenceGenerator(name = "bench_trigger_seq_profile_seq", sequenceName = "bench_trigger_seq_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private TriggerSeqUser user;

  protected TriggerSeqUserProfile() {}

  public TriggerSeqUserProfile(TriggerSeqUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public TriggerSeqUser getUser() {
    return user;
  }
}
