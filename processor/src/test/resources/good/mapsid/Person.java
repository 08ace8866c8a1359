package good.mapsid;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@AutoProfile(model = PersonDetails.class)
public class Person {
  @Id Long id;
}
