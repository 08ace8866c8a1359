package bad.profileof.ofonrecord;

import dev.autoprofile.ProfileOf;
import jakarta.persistence.*;

@ProfileOf(
    value = OfOnRecordUser.class)
public record OfOnRecord(OfOnRecordUser user) {}

@Entity
class OfOnRecordUser {
  @Id Long id;
}
