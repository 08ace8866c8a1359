package dev.autoprofile.it.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Shares its user's key; built with its no-argument constructor and then its setter. */
@Entity
@Table(name = "it_seq_card")
public class SeqCard {
  @Id
  private Long id;

  @MapsId
  @OneToOne
  private SeqUser user;

  private String nickname;

  public SeqCard() {}

  public Long getId() {
    return id;
  }

  public SeqUser getUser() {
    return user;
  }

  public void setUser(SeqUser user) {
    this.user = user;
  }

  public String getNickname() {
    return nickname;
  }

  public void setNickname(String nickname) {
    this.nickname = nickname;
  }
}
