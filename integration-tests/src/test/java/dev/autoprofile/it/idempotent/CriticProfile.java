package dev.autoprofile.it.idempotent;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Persisting it cascades to its user: the user must not get a second profile. */
@Entity
@Table(name = "it_critic_profile")
public class CriticProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne(optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "critic_id", unique = true)
  private Critic critic;

  private String note;

  protected CriticProfile() {}

  public CriticProfile(Critic critic) {
    this.critic = critic;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
