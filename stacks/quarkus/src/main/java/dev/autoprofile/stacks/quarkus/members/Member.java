package dev.autoprofile.stacks.quarkus.members;

import dev.autoprofile.AutoProfile;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A Panache active-record entity: public fields, {@code persist()} and {@code delete()} on the
 * instance. Every new member gets a {@link MemberProfile} (declared here) and a {@link MemberBadge}
 * (declared by {@code @ProfileOf} on the badge).
 */
@Entity
@Table(name = "qk_member")
@AutoProfile(model = MemberProfile.class)
public class Member extends PanacheEntity {
  @Column(nullable = false, unique = true)
  public String nickname;

  /** The inverse side: {@link MemberProfile#member} owns the foreign key. */
  @OneToOne(mappedBy = "member")
  public MemberProfile profile;

  public static Member named(String nickname) {
    Member member = new Member();
    member.nickname = nickname;
    return member;
  }

  public static Member byNickname(String nickname) {
    return find("nickname", nickname).firstResult();
  }
}
