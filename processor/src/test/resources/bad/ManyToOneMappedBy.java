package bad.manytoonemappedby;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(model = ManyToOneMappedByProfile.class,
    mappedBy = "editor")
public class ManyToOneMappedBy {
  @Id Long id;
}

@Entity
class ManyToOneMappedByProfile {
  @Id Long id;
  @OneToOne ManyToOneMappedBy owner;
  @ManyToOne ManyToOneMappedBy editor;
}
