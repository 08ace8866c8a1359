package bad.lomboknosetter;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;
import lombok.Getter;
import lombok.NoArgsConstructor;

@Entity
@AutoProfile(
    model = LombokNoSetterProfile.class)
public class LombokNoSetter {
  @Id Long id;
}

/** Lombok writes a getter and a constructor, but no setter: still an error, reported once. */
@Entity
@Getter
@NoArgsConstructor
class LombokNoSetterProfile {
  @Id private Long id;
  @OneToOne private LombokNoSetter user;
}
