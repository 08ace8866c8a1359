package dev.autoprofile.it.concurrency;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A user whose rows may predate the annotation: saving one that has no profile gives it one,
 * which two transactions can decide at the same time.
 */
@Entity
@Table(name = "it_c_legacy")
@AutoProfile(model = LegacyProfile.class)
public class Legacy {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  @OneToOne(mappedBy = "user")
  private LegacyProfile profile;

  protected Legacy() {}

  public Legacy(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LegacyProfile getProfile() {
    return profile;
  }

  public void setProfile(LegacyProfile profile) {
    this.profile = profile;
  }
}
