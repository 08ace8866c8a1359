package bad.noconstructor;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = NoConstructorProfile.class)
public class NoConstructor {
  @Id Long id;
}

@Entity
class NoConstructorProfile {
  @Id Long id;
  @OneToOne NoConstructor user;

  private NoConstructorProfile() {}

  private NoConstructorProfile(NoConstructor user) {
    this.user = user;
  }

  NoConstructorProfile(String name) {}
}
