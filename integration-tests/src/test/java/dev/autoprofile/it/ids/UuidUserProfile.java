package dev.autoprofile.it.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Linked through its package-private field: no setter, no constructor taking the user. */
@Entity
@Table(name = "it_uuid_user_profile")
public class UuidUserProfile {
  @Id
  @GeneratedValue
  Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "user_id", unique = true)
  UuidUser user;

  UuidUserProfile() {}
}
