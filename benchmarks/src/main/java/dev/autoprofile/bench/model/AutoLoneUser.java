package dev.autoprofile.bench.model;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An AutoProfile user that maps no inverse attribute: removing it must find its profile (onDelete = DELETE). */
@Entity
@Table(name = "bench_auto_lone_user")
@AutoProfile(model = AutoLoneUserProfile.class)
public class AutoLoneUser extends BenchUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_auto_lone_user_seq")
  @SequenceGenerator(name = "bench_auto_lone_user_seq", sequenceName = "bench_auto_lone_user_seq", allocationSize = 50)
  private Long id;

  protected AutoLoneUser() {}

  public AutoLoneUser(String username, String email) {
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
