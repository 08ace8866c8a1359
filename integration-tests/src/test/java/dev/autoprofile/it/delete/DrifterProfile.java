package dev.autoprofile.it.delete;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_drifter_profile")
public class DrifterProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne
  @JoinColumn(name = "drifter_id", unique = true, foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Drifter drifter;

  private String motto;

  protected DrifterProfile() {}

  public DrifterProfile(Drifter drifter) {
    this.drifter = drifter;
  }

  public Drifter getDrifter() {
    return drifter;
  }

  public String getMotto() {
    return motto;
  }

  public void setMotto(String motto) {
    this.motto = motto;
  }
}
