package bad.onannotationtype;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.*;

@AutoProfile
public @interface OnAnnotationType {}
