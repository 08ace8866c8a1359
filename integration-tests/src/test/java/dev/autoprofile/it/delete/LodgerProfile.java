package dev.autoprofile.it.delete;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_lodger_profile")
public class LodgerProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "it_d_lodger_profile_seq")
  @SequenceGenerator(name = "it_d_lodger_profile_seq", sequenceName = "it_d_lodger_profile_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "lodger_id", nullable = false, unique = true)
  private Lodger lodger;

  private String motto;

  protected LodgerProfile() {}

  public LodgerProfile(Lodger lodger) {
    this.lodger = lodger;
  }

  public Lodger getLodger() {
    return lodger;
  }

  public String getMotto() {
    return motto;
  }

  public void setMotto(String motto) {
    this.motto = motto;
  }
}
