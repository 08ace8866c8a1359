package dev.autoprofile.stacks.quarkus.members;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A member's profile, a Panache entity with no constructor taking the member: AutoProfile builds it
 * with the no-arg constructor (so the field initialiser runs), then sets {@link #member}.
 */
@Entity
@Table(name = "qk_member_profile")
public class MemberProfile extends PanacheEntity {
  @OneToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false, unique = true)
  public Member member;

  @Column(nullable = false)
  public String bio = "Hello, I'm new here";
}
