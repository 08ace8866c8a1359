package dev.autoprofile.stacks.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * Keeps every record logged while the application starts and runs, from before Hibernate boots:
 * a test resource starts before the application does. Quarkus logs through JBoss LogManager, the
 * java.util.logging manager of this JVM (surefire's java.util.logging.manager), so a handler on the
 * root logger sees Quarkus', Hibernate's and AutoProfile's records.
 */
public class StartupLog implements QuarkusTestResourceLifecycleManager {
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  /** The message alone, its parameters filled in whichever style the logger used (printf, {0}). */
  private static final PatternFormatter MESSAGE = new PatternFormatter("%s");

  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      RECORDS.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @Override
  public Map<String, String> start() {
    RECORDS.clear();
    Logger.getLogger("").addHandler(handler);
    return Map.of();
  }

  @Override
  public void stop() {
    Logger.getLogger("").removeHandler(handler);
  }

  /** The records of {@code level} and above, as "LEVEL logger: message" with parameters filled in. */
  public static List<String> atLeast(Level level) {
    return RECORDS.stream()
        .filter(record -> record.getLevel().intValue() >= level.intValue())
        .map(record -> record.getLevel() + " " + record.getLoggerName() + ": " + message(record))
        .toList();
  }

  /** The records of exactly {@code level} from {@code logger}, their messages with parameters filled in. */
  public static List<String> of(String logger, Level level) {
    return RECORDS.stream()
        .filter(record -> record.getLevel().intValue() == level.intValue() && logger.equals(record.getLoggerName()))
        .map(StartupLog::message)
        .toList();
  }

  private static String message(LogRecord record) {
    return MESSAGE.formatMessage(record);
  }
}
