package bad.mappedbywrongtype;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = MappedByWrongTypeProfile.class,
    mappedBy = "name")
public class MappedByWrongType {
  @Id Long id;
}

@Entity
class MappedByWrongTypeProfile {
  @Id Long id;
  String name;
  @OneToOne MappedByWrongType owner;
}
