package good.property;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
@Access(AccessType.PROPERTY)
public class MemberCard {
  private Long id;
  private Member owner;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @OneToOne(optional = false)
  public Member getHolder() {
    return owner;
  }

  public void setHolder(Member holder) {
    this.owner = holder;
  }
}
