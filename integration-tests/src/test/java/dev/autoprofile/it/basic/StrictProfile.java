package dev.autoprofile.it.basic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Found by convention ({@code <User>Profile}); built with its no-arg constructor and setter. */
@Entity
@Table(name = "it_strict_profile")
public class StrictProfile {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne
  @JoinColumn(name = "strict_id", unique = true)
  private Strict strict;

  @Column(nullable = false)
  private String motto;

  public StrictProfile() {}

  public void setStrict(Strict strict) {
    this.strict = strict;
  }
}
