package bad.profileof.ofmappedbywrongtype;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfMappedByWrongTypeUser.class,
    mappedBy = "name")
public class OfMappedByWrongType {
  @Id Long id;
  String name;
  @OneToOne OfMappedByWrongTypeUser owner;
}

@Entity
class OfMappedByWrongTypeUser {
  @Id Long id;
}
