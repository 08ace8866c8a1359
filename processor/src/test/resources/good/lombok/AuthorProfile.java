package good.lombok;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Private fields only: the setter Lombok writes is the way to link the author. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class AuthorProfile {
  @Id private Long id;

  @OneToOne(optional = false)
  private Author author;

  private String bio;
}
