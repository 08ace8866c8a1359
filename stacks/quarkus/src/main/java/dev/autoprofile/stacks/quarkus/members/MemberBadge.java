package dev.autoprofile.stacks.quarkus.members;

import dev.autoprofile.ProfileOf;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A member's badge, declared from this side with {@code @ProfileOf}: {@link Member} does not name
 * it. AutoProfile builds it with {@link #MemberBadge(Member)}.
 */
@Entity
@Table(name = "qk_member_badge")
@ProfileOf(Member.class)
public class MemberBadge extends PanacheEntityBase {
  @Id
  @GeneratedValue
  public Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false, unique = true)
  public Member member;

  @Column(nullable = false)
  public String level;

  protected MemberBadge() {}

  public MemberBadge(Member member) {
    this.member = member;
    this.level = "newcomer";
  }
}
