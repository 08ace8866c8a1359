package dev.autoprofile.hibernate.twice;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Declares its pair with {@link Card} on its side, as a module compiled before Card had {@code @ProfileOf} would. */
@Entity
@AutoProfile(model = Card.class)
public class Owner {
  @Id @GeneratedValue Long id;
}
