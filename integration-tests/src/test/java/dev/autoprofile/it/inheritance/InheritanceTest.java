package dev.autoprofile.it.inheritance;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @AutoProfile} on an abstract entity covers each of its subclasses. */
class InheritanceTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Account.class, Customer.class, Vendor.class, AccountProfile.class,
        Party.class, Company.class, Person.class, PartyProfile.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void singleTableSubclassesEachGetOneProfile(Database db) {
    SessionFactory emf = factory(db);
    List<Long> ids = fromTransaction(emf, em -> {
      Account customer = new Customer("c");
      Account vendor = new Vendor("v");
      em.persist(customer);
      Account mergedVendor = em.merge(vendor);
      return List.of(customer.getId(), mergedVendor.getId());
    });
    for (Long id : ids) {
      assertEquals(1, count(emf, "select count(p) from AccountProfile p where p.account.id = ?1", id));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void joinedSubclassesEachGetOneProfile(Database db) {
    SessionFactory emf = factory(db);
    List<Long> ids = fromTransaction(emf, em -> {
      Party company = new Company("HRB 1");
      Party person = new Person("Ada");
      em.persist(company);
      em.persist(person);
      assertSame(company, company.getProfile().getParty());
      assertSame(person, person.getProfile().getParty());
      return List.of(company.getId(), person.getId());
    });
    for (Long id : ids) {
      assertEquals(1, count(emf, "select count(p) from PartyProfile p where p.party.id = ?1", id));
    }
  }
}
