package dev.autoprofile.hibernate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.hibernate.twice.Card;
import dev.autoprofile.hibernate.twice.Owner;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * What only bootstrap can see: the same pair declared on both sides by modules compiled apart, so
 * that the processor saw one side each. Its listeners are written here as it writes them.
 */
class ListenerLoaderTest {

  @Test
  void aPairDeclaredOnBothSidesStopsBootstrapNamingBoth() {
    Configuration configuration = new Configuration().addAnnotatedClass(Owner.class).addAnnotatedClass(Card.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:listener-loader");
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa");
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> configuration.buildSessionFactory().close());
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof AutoProfileException)) {
      cause = cause.getCause();
    }
    assertTrue(cause != null, () -> "no AutoProfileException behind " + thrown);
    String message = cause.getMessage();
    assertTrue(message.contains("is declared twice"), message);
    assertTrue(message.contains("@AutoProfile(model = Card.class) on " + Owner.class.getName()), message);
    assertTrue(message.contains("@ProfileOf(Owner.class) on " + Card.class.getName()), message);
    assertTrue(message.contains("keep one of them"), message);
  }
}
