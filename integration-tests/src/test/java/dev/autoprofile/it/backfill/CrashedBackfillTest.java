package dev.autoprofile.it.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * API.md "Backfill" 2: a JVM killed in the middle of a backfill loses at most its chunk in flight;
 * a second run resumes, and every member ends with its profiles, none twice.
 */
class CrashedBackfillTest {
  private static final int LEGACY = 400;

  @ParameterizedTest
  @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
  void aSecondRunCompletesWhatAKilledOneLeft(Database db) throws Exception {
    SessionFactory sf = Legacy.factory(db); // an H2 in-memory database would die with its JVM
    Legacy.reset(sf);
    Legacy.members(sf, "legacy-", LEGACY);

    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        BackfillChild.class.getName(), db.name())
        .redirectErrorStream(true)
        .start();
    long committed = 0;
    try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
          if (committed >= 100) {
            break;
          }
        } else if (line.equals("finished")) {
          fail("the child finished before it was killed");
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(committed >= 100, "the child committed chunks before it was killed: " + committed);
    long left = AutoProfiles.backfill(sf).countMissing();
    assertTrue(left > 0 && left <= 2L * LEGACY - committed, "missing after the crash: " + left);

    assertEquals(left, AutoProfiles.backfill(sf).run().created(), "the second run creates what was left");
    assertEquals(0, Legacy.lacking(sf));
    assertEquals(0, Legacy.twice(sf));
  }
}
