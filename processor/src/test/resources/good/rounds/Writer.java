package good.rounds;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Both models are written by another annotation processor, in its first round. */
@Entity
@AutoProfile(model = WriterCard.class)
@AutoProfile
public class Writer {
  @Id Long id;
}
