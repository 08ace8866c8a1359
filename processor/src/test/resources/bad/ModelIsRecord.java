package bad.modelisrecord;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@Entity
@AutoProfile(
    model = ModelIsRecordProfile.class)
public class ModelIsRecord {
  @Id Long id;
}

record ModelIsRecordProfile(ModelIsRecord user) { }
