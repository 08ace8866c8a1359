package dev.autoprofile.it.nested;

import dev.autoprofile.AutoProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * Users nested in another class: their listeners are {@code Outer_Member_AutoProfileListener} and
 * {@code Outer_Reader_AutoProfileListener}, a name the processor writes and the runtime must find.
 */
public final class Outer {
  private Outer() {}

  /** Names a model nested next to it. */
  @Entity(name = "NestedMember")
  @Table(name = "nested_member")
  @AutoProfile(model = Card.class)
  public static class Member {
    @Id @GeneratedValue Long id;
    String name;
    @OneToOne(mappedBy = "member") Card card;

    protected Member() {}

    public Member(String name) {
      this.name = name;
    }

    public Long getId() {
      return id;
    }

    public Card getCard() {
      return card;
    }

    public void setCard(Card card) {
      this.card = card;
    }
  }

  /** The profile of {@link Member}. */
  @Entity(name = "NestedCard")
  @Table(name = "nested_card")
  public static class Card {
    @Id @GeneratedValue Long id;
    @OneToOne(optional = false) Member member;

    protected Card() {}

    public Card(Member member) {
      this.member = member;
    }

    public Member getMember() {
      return member;
    }
  }

  /** No model named: the convention finds {@code ReaderProfile}, top-level in this package. */
  @Entity(name = "NestedReader")
  @Table(name = "nested_reader")
  @AutoProfile
  public static class Reader {
    @Id @GeneratedValue Long id;

    public Long getId() {
      return id;
    }
  }
}
