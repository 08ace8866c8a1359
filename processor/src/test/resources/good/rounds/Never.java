package good.rounds;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No processor writes NeverWritten: still missing in the last round. */
@Entity
@AutoProfile(
    model = NeverWritten.class)
public class Never {
  @Id Long id;
}
