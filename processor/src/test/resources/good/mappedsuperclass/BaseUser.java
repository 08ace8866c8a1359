package good.mappedsuperclass;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The annotation on a mapped superclass covers its entity subclasses. */
@MappedSuperclass
@AutoProfile(model = Badge.class)
public abstract class BaseUser {
  @Id Long id;
}
