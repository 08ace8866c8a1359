package bad.onenum;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile
public enum OnEnum { A }
