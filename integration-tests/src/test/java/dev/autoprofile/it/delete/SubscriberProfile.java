package dev.autoprofile.it.delete;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_d_subscriber_profile")
public class SubscriberProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "subscriber_id", nullable = false, unique = true)
  private Subscriber subscriber;

  protected SubscriberProfile() {}

  public SubscriberProfile(Subscriber subscriber) {
    this.subscriber = subscriber;
  }

  public Subscriber getSubscriber() {
    return subscriber;
  }
}
