package bad.conventionmissing;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile
public class ConventionMissing {
  @Id Long id;
}
