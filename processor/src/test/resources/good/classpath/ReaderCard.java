package good.classpath;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Reaches the second compilation as a class file only. */
@Entity
public class ReaderCard {
  @Id Long id;

  @OneToOne private Reader owner;

  protected ReaderCard() {}

  public ReaderCard(Reader owner) {
    this.owner = owner;
  }
}
