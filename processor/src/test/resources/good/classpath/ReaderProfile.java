package good.classpath;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Reaches the second compilation as a class file only: built empty, then linked. */
@Entity
public class ReaderProfile {
  @Id Long id;

  @OneToOne private Reader reader;

  public void setReader(Reader reader) {
    this.reader = reader;
  }
}
