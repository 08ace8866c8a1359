package good.lombokmodelside;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import lombok.Getter;
import lombok.Setter;

/** The user carries no AutoProfile annotation; its inverse side is reachable only through Lombok's accessors. */
@Entity
@Getter
@Setter
public class Writer {
  @Id private Long id;

  @OneToOne(mappedBy = "writer")
  private Desk desk;
}
