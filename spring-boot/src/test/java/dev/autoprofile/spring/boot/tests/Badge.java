package dev.autoprofile.spring.boot.tests;

import dev.autoprofile.OnUpdate;
import dev.autoprofile.ProfileOf;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Declared on the model's side; the member maps no inverse attribute. */
@Entity
@Table(name = "sbmod_badge")
@ProfileOf(value = Member.class, onUpdate = OnUpdate.IGNORE)
public class Badge {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  private Member member;

  protected Badge() {}

  public Badge(Member member) {
    this.member = member;
  }
}
