package dev.autoprofile.it.several;

import static dev.autoprofile.it.Jpa.count;
import static dev.autoprofile.it.Jpa.fromTransaction;
import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Repeated {@code @AutoProfile}: each model is created; {@code onUpdate} is per model. */
class SeveralModelsTest {

  private static SessionFactory factory(Database db) {
    return Jpa.factory(db, Author.class, AuthorProfile.class, AuthorSettings.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void eachModelIsCreated(Database db) {
    SessionFactory emf = factory(db);
    Long id = fromTransaction(emf, em -> {
      Author author = new Author("Ellis Bell");
      em.persist(author);
      assertNotNull(author.getProfile());
      assertNotNull(author.getSettings());
      return author.getId();
    });
    assertEquals(1, count(emf, "select count(p) from AuthorProfile p where p.author.id = ?1", id));
    assertEquals(1, count(emf, "select count(s) from AuthorSettings s where s.author.id = ?1", id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void aLegacyAuthorGetsItsSavedModelButNotTheIgnoredOne(Database db) {
    SessionFactory emf = factory(db);
    Long id;
    try (var fixtures = AutoProfiles.suspend()) {
      id = fromTransaction(emf, em -> {
        Author author = new Author("Currer Bell");
        em.persist(author);
        return author.getId();
      });
    }
    inTransaction(emf, em -> em.find(Author.class, id).setPenName("Charlotte"));
    assertEquals(1, count(emf, "select count(p) from AuthorProfile p where p.author.id = ?1", id));
    assertEquals(0, count(emf, "select count(s) from AuthorSettings s where s.author.id = ?1", id),
        "onUpdate = IGNORE: updates never touch this model");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void ignoredModelChangesAreNotWrittenBySavingTheAuthor(Database db) {
    SessionFactory emf = factory(db);
    Author detached = fromTransaction(emf, em -> {
      Author author = new Author("Acton Bell");
      em.persist(author);
      return author;
    });
    detached.getProfile().setBio("saved with the author");
    detached.getSettings().setTheme("ignored");
    inTransaction(emf, em -> em.merge(detached));
    assertEquals(1, count(emf, "select count(p) from AuthorProfile p where p.author.id = ?1 and p.bio = 'saved with the author'", detached.getId()));
    assertEquals(1, count(emf, "select count(s) from AuthorSettings s where s.author.id = ?1 and s.theme is null", detached.getId()));
  }
}
