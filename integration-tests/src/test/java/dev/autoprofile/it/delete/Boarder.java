package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Maps the inverse attribute without cascade: the mapping never removes the profile. */
@Entity
@Table(name = "it_d_boarder")
@AutoProfile(model = BoarderProfile.class, onDelete = OnDelete.DELETE)
public class Boarder implements Leaving {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  @OneToOne(mappedBy = "boarder")
  private BoarderProfile profile;

  public BoarderProfile getProfile() {
    return profile;
  }

  public void setProfile(BoarderProfile profile) {
    this.profile = profile;
  }

  protected Boarder() {}

  public Boarder(String name) {
    this.name = name;
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }
}
