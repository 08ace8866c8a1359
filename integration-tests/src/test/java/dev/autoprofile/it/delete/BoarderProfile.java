package dev.autoprofile.it.delete;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_boarder_profile")
public class BoarderProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "boarder_id", nullable = false, unique = true)
  private Boarder boarder;

  private String motto;

  protected BoarderProfile() {}

  public BoarderProfile(Boarder boarder) {
    this.boarder = boarder;
  }

  public Boarder getBoarder() {
    return boarder;
  }

  public String getMotto() {
    return motto;
  }

  public void setMotto(String motto) {
    this.motto = motto;
  }
}
