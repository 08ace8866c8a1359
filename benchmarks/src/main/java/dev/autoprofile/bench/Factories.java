package dev.autoprofile.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Boots Hibernate natively for one {@link Model}, with the settings every runtime benchmark shares:
 * {@code batch_size=50}, {@code order_inserts}, {@code order_updates}, schema created at boot.
 */
public final class Factories {
  public static final int BATCH_SIZE = 50;
  /** Hibernate logs INFO through JUL by default; keep the benchmark output readable. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private Factories() {}

  /**
   * @param dataSource null to let Hibernate pool connections to {@code db.url} (the timed runs);
   *     a counting proxy for {@link Census}
   */
  public static SessionFactory build(Db db, Model model, DataSource dataSource) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(model.userType())
        .addAnnotatedClass(model.profileType());
    Map<String, Object> settings = new HashMap<>();
    if (dataSource == null) {
      settings.put(AvailableSettings.JAKARTA_JDBC_URL, db.url);
      settings.put(AvailableSettings.JAKARTA_JDBC_USER, db.user);
      settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password);
    } else {
      settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
    }
    settings.put(AvailableSettings.HBM2DDL_AUTO, "create");
    settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE);
    settings.put(AvailableSettings.ORDER_INSERTS, true);
    settings.put(AvailableSettings.ORDER_UPDATES, true);
    settings.put(AvailableSettings.SHOW_SQL, false);
    Properties properties = new Properties();
    properties.putAll(settings);
    configuration.addProperties(properties);
    SessionFactory factory = configuration.buildSessionFactory();
    if (model.way() == Way.TRIGGER) {
      factory.inTransaction(session -> session.doWork(c -> createTrigger(db, model, c)));
    }
    return factory;
  }

  private static void createTrigger(Db db, Model model, Connection connection) throws SQLException {
    String user = model.userTable();
    String profile = model.profileTable();
    String trigger = model.tablePrefix() + "_profile_trigger";
    try (Statement s = connection.createStatement()) {
      switch (db) {
        case H2 -> s.execute("create trigger " + trigger + " after insert on " + user
            + " for each row call '" + H2ProfileTrigger.class.getName() + "'");
        case POSTGRESQL -> {
          String id = model.ids() == Ids.SEQUENCE ? "id, " : "";
          String idValue = model.ids() == Ids.SEQUENCE ? "nextval('" + profile + "_seq'), " : "";
          s.execute("create or replace function " + trigger + "_fn() returns trigger language plpgsql as $$ "
              + "begin insert into " + profile + " (" + id + "user_id, display_name) values ("
              + idValue + "new.id, new.username); return new; end $$");
          s.execute("create trigger " + trigger + " after insert on " + user
              + " for each row execute function " + trigger + "_fn()");
        }
      }
    }
  }
}
