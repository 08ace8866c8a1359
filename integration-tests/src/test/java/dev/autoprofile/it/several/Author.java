package dev.autoprofile.it.several;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.OnUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Two models: the profile is saved with the author, the settings only created. */
@Entity
@Table(name = "it_author")
@AutoProfile(model = AuthorProfile.class)
@AutoProfile(model = AuthorSettings.class, onUpdate = OnUpdate.IGNORE)
public class Author {
  @Id
  @GeneratedValue
  private Long id;

  private String penName;

  @OneToOne(mappedBy = "author")
  private AuthorProfile profile;

  @OneToOne(mappedBy = "author")
  private AuthorSettings settings;

  protected Author() {}

  public Author(String penName) {
    this.penName = penName;
  }

  public Long getId() {
    return id;
  }

  public void setPenName(String penName) {
    this.penName = penName;
  }

  public AuthorProfile getProfile() {
    return profile;
  }

  public void setProfile(AuthorProfile profile) {
    this.profile = profile;
  }

  public AuthorSettings getSettings() {
    return settings;
  }

  public void setSettings(AuthorSettings settings) {
    this.settings = settings;
  }
}
