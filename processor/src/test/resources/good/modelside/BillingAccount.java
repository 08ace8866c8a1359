package good.modelside;

import dev.autoprofile.ProfileOf;
import good.modelside.users.Member;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Declared on the model: the user, in another package, maps no inverse side. */
@Entity
@ProfileOf(Member.class)
public class BillingAccount {
  @Id Long id;

  @OneToOne(optional = false) private Member member;

  public BillingAccount() {}

  public Member getMember() {
    return member;
  }

  public void setMember(Member member) {
    this.member = member;
  }
}
