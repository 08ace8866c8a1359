package dev.autoprofile.it.delete;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Removes its profile with it through {@code cascade = REMOVE} on the inverse attribute. */
@Entity
@Table(name = "it_d_subscriber")
@AutoProfile(model = SubscriberProfile.class)
public class Subscriber implements Removable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String email;

  @OneToOne(mappedBy = "subscriber", cascade = CascadeType.REMOVE)
  private SubscriberProfile profile;

  protected Subscriber() {}

  public Subscriber(String name) {
    this.name = name;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public SubscriberProfile getProfile() {
    return profile;
  }

  public void setProfile(SubscriberProfile profile) {
    this.profile = profile;
  }
}
