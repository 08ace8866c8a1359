package good.clash;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Named like the SPI class the listener uses; its model is named like java.util.List. */
@Entity
@AutoProfile(model = List.class)
public class ProfilePair {
  @Id Long id;
}
