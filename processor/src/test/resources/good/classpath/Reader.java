package good.classpath;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@AutoProfile(model = ReaderCard.class)
@AutoProfile
public class Reader {
  @Id Long id;

  @OneToOne(mappedBy = "reader")
  private ReaderProfile profile;

  public ReaderProfile getProfile() {
    return profile;
  }

  public void setProfile(ReaderProfile profile) {
    this.profile = profile;
  }
}
