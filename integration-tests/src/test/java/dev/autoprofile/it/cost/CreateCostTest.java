package dev.autoprofile.it.cost;

import static dev.autoprofile.it.Jpa.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import dev.autoprofile.it.StatementLog;
import dev.autoprofile.it.ids.SeqCard;
import dev.autoprofile.it.ids.SeqUser;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creating users with AutoProfile issues the same statements, in the same JDBC batches, as
 * creating the same rows by hand: no extra SELECT, batching intact.
 */
class CreateCostTest {
  private static final int USERS = 120;
  private static final int BATCH_SIZE = 50;
  private static final StatementLog log = new StatementLog();
  private static final Map<Database, SessionFactory> factories = new EnumMap<>(Database.class);

  private static SessionFactory factory(Database db) {
    return factories.computeIfAbsent(db, d -> Jpa.build(d, Map.of(
            AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, log.wrap(d.dataSource()),
            AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE,
            AvailableSettings.ORDER_INSERTS, true),
        SeqUser.class, SeqCard.class, PlainUser.class, PlainCard.class));
  }

  @AfterAll
  static void close() {
    factories.values().forEach(SessionFactory::close);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void autoProfileCostsWhatHandWrittenCodeCosts(Database db) {
    SessionFactory emf = factory(db);
    // warm both sequences' pools the same way, so the counted runs start alike
    inTransaction(emf, em -> {
      em.persist(new SeqUser("warm-up"));
      em.persist(new PlainUser("warm-up"));
    });

    log.clear();
    inTransaction(emf, em -> {
      for (int i = 0; i < USERS; i++) {
        PlainUser user = new PlainUser("plain-" + i);
        em.persist(user);
        PlainCard card = new PlainCard(user);
        user.setCard(card);
        em.persist(card);
      }
    });
    long handSelects = log.count("select");
    long handInserts = log.count("insert");
    int handExecutions = log.executions();
    long handBatches = log.batches();

    log.clear();
    inTransaction(emf, em -> {
      for (int i = 0; i < USERS; i++) {
        em.persist(new SeqUser("auto-" + i));
      }
    });
    assertEquals(handSelects, log.count("select"), () -> "no extra SELECT (sequence calls alike):\n" + log);
    assertEquals(handInserts, log.count("insert"), log::toString);
    assertEquals(2L * USERS, log.rows("insert"), "a user row and a card row per user");
    assertEquals(handBatches, log.batches(), "JDBC batching keeps working");
    assertEquals(handExecutions, log.executions(), "the same JDBC round trips");
  }
}
