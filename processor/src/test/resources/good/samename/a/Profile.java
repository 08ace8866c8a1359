package good.samename.a;

import good.samename.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Profile {
  @Id Long id;

  @OneToOne private Member member;

  protected Profile() {}

  public Profile(Member member) {
    this.member = member;
  }
}
