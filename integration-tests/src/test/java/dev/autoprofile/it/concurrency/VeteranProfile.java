package dev.autoprofile.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_c_veteran_profile")
public class VeteranProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private Veteran user;

  protected VeteranProfile() {}

  public VeteranProfile(Veteran user) {
    this.user = user;
  }

  public Veteran getUser() {
    return user;
  }
}
