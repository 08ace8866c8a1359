package dev.autoprofile.it.failure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Refuses every user: bad input at run time, as a model that validates its user would. */
@Entity
@Table(name = "it_f_exploding_profile")
public class ExplodingProfile {
  static final String REFUSAL = "profiles are closed today";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private Exploding user;

  protected ExplodingProfile() {}

  public ExplodingProfile(Exploding user) {
    throw new IllegalStateException(REFUSAL + " (" + user.getName() + ")");
  }

  public Exploding getUser() {
    return user;
  }
}
