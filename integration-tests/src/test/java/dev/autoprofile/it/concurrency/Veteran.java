package dev.autoprofile.it.concurrency;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A legacy user that does not map its profile: whether it has one is asked with an existence
 * query at flush, which two transactions can both answer "no" before either commits.
 */
@Entity
@Table(name = "it_c_veteran")
@AutoProfile(model = VeteranProfile.class)
public class Veteran {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  private String email;

  protected Veteran() {}

  public Veteran(String username) {
    this.username = username;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
