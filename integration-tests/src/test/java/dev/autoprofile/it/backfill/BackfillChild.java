package dev.autoprofile.it.backfill;

import dev.autoprofile.AutoProfiles;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;

/**
 * The JVM {@link CrashedBackfillTest} kills: backfills the members of an existing schema slowly,
 * printing "committed N" after each committed chunk.
 */
public final class BackfillChild {
  private BackfillChild() {}

  public static void main(String[] args) {
    SessionFactory sf = Jpa.build(Database.valueOf(args[0]), Map.of(AvailableSettings.HBM2DDL_AUTO, "none"),
        Legacy.ENTITIES);
    AutoProfiles.backfill(sf).only(BfMember.class).chunkSize(10).onProgress(report -> {
      System.out.println("committed " + report.created());
      System.out.flush();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).run();
    System.out.println("finished");
    System.exit(0);
  }
}
