package good.rounds;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Its user, Editor, is written by another annotation processor in its first round. */
@Entity
@ProfileOf(
    value = Editor.class)
public class Desk {
  @Id Long id;

  @OneToOne Editor editor;
}
