package good.lombok;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The inverse side is reachable only through the accessors Lombok writes. */
@Entity
@Getter
@Setter
@NoArgsConstructor
@AutoProfile
public class Author {
  @Id private Long id;

  @OneToOne(mappedBy = "author")
  private AuthorProfile profile;
}
