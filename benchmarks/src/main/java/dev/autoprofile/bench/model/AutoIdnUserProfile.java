package dev.autoprofile.bench.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The profile of {@link AutoIdnUser}: owns the unique foreign key. */
@Entity
@Table(name = "bench_auto_idn_profile")
public class AutoIdnUserProfile extends BenchProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private AutoIdnUser user;

  protected AutoIdnUserProfile() {}

  public AutoIdnUserProfile(AutoIdnUser user) {
    super(user.getUsername());
    this.user = user;
  }

  public AutoIdnUser getUser() {
    return user;
  }
}
