package dev.autoprofile.it.failure;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A user whose profile cannot be built: {@link ExplodingProfile}'s constructor throws. */
@Entity
@Table(name = "it_f_exploding")
@AutoProfile(model = ExplodingProfile.class)
public class Exploding {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @OneToOne(mappedBy = "user")
  private ExplodingProfile profile;

  protected Exploding() {}

  public Exploding(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }

  public ExplodingProfile getProfile() {
    return profile;
  }

  public void setProfile(ExplodingProfile profile) {
    this.profile = profile;
  }
}
