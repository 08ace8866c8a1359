package dev.autoprofile.it.failure;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user that does not map its profile: bootable without the model, which must be refused. */
@Entity
@Table(name = "it_f_lone_user")
@AutoProfile(model = LoneUserProfile.class)
public class LoneUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  protected LoneUser() {}

  public LoneUser(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
