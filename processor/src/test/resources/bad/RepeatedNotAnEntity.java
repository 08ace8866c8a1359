package bad.repeatednotanentity;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile( // first
    model = First.class)
@AutoProfile(
    model = Second.class)
public class RepeatedNotAnEntity {}

@Entity
class First {
  @Id Long id;
  @OneToOne RepeatedNotAnEntity user;
}

@Entity
class Second {
  @Id Long id;
  @OneToOne RepeatedNotAnEntity user;
}
