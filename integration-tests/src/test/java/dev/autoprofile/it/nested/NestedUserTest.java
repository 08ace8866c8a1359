package dev.autoprofile.it.nested;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A nested {@code @AutoProfile} class end to end: the processor names its listener
 * {@code Outer_Member_AutoProfileListener}, and the runtime must derive the same name from the class.
 */
class NestedUserTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Outer.Member.class, Outer.Card.class, Outer.Reader.class, ReaderProfile.class);
  }

  @Test
  void listenersOfNestedUsersCarryTheOuterClassName() throws ClassNotFoundException {
    Class.forName("dev.autoprofile.it.nested.Outer_Member_AutoProfileListener");
    Class.forName("dev.autoprofile.it.nested.Outer_Reader_AutoProfileListener");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aNestedUserGetsItsNestedModel(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Outer.Member member = new Outer.Member("ada");
      em.persist(member);
      assertNotNull(member.getCard(), "the profile is set on the user right after persist");
      assertSame(member, member.getCard().getMember());
      return member.getId();
    });
    assertEquals(1, count(emf, "select count(c) from NestedCard c where c.member.id = ?1", id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aNestedUserGetsItsConventionalModel(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> em.merge(new Outer.Reader()).getId());
    assertEquals(1, count(emf, "select count(p) from NestedReaderProfile p where p.reader.id = ?1", id));
  }
}
