package bad.onrecord;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile
public record OnRecord(Long id) {}
