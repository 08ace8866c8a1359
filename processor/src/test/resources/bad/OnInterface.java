package bad.oninterface;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile
public interface OnInterface {}
