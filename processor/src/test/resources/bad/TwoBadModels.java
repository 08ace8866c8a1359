package bad.twobadmodels;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = Abstract.class)
@AutoProfile(
    model = Unrelated.class)
public class TwoBadModels {
  @Id Long id;
}

@Entity
abstract class Abstract {
  @Id Long id;
  @OneToOne TwoBadModels user;
}

@Entity
class Unrelated {
  @Id Long id;
}
