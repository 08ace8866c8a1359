package bad.profileof.ofmappedsuperclass;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@Entity
@ProfileOf(
    value = OfMappedSuperclassUser.class)
public class OfMappedSuperclass {
  @Id Long id;
  @OneToOne OfMappedSuperclassUser user;
}

@MappedSuperclass
abstract class OfMappedSuperclassUser {
  @Id Long id;
}
