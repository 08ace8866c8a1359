package good.property;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Property access on both sides: the mapping annotations sit on the getters. */
@Entity
@Access(AccessType.PROPERTY)
@AutoProfile(model = MemberCard.class)
public class Member {
  private Long id;
  private MemberCard card;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @OneToOne(mappedBy = "holder")
  public MemberCard getCard() {
    return card;
  }

  public void setCard(MemberCard card) {
    this.card = card;
  }
}
