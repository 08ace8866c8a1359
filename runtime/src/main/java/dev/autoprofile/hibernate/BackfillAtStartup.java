package dev.autoprofile.hibernate;

import dev.autoprofile.Backfill;
import dev.autoprofile.BackfillReport;
import dev.autoprofile.hibernate.Settings.StartupBackfill;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

/**
 * {@code autoprofile.backfill=check|run}: once the SessionFactory is built. Added by the integrator
 * after Hibernate's own schema-management observer, so the tables exist and import scripts have run;
 * it runs before the factory is handed to the application. Never inside {@code integrate()}, where
 * the tables may not exist yet.
 */
final class BackfillAtStartup implements SessionFactoryObserver {
  private static final Logger LOG = Logger.getLogger(BackfillAtStartup.class);
  private static final long serialVersionUID = 1L;

  private final StartupBackfill mode;

  BackfillAtStartup(StartupBackfill mode) {
    this.mode = mode;
  }

  @Override
  public void sessionFactoryCreated(SessionFactory factory) {
    Backfiller backfiller = Backfiller.of((SessionFactoryImplementor) factory);
    if (mode == StartupBackfill.CHECK) {
      for (Map.Entry<BackfillTarget, Long> missing : backfiller.missingByTarget().entrySet()) {
        if (missing.getValue() > 0) {
          LOG.warnf("%s", String.format(Locale.ROOT,
              "AutoProfile: %,d %s users have no %s profile (rows older than the annotation). Create them with "
                  + "AutoProfiles.backfill(entityManagerFactory).run(), or set %s=run to do it at startup.",
              missing.getValue(), missing.getKey().userEntity().getName(),
              missing.getKey().pair().modelType().getName(), Settings.BACKFILL));
        }
      }
    } else {
      BackfillReport report = backfiller.run(null, Backfill.DEFAULT_CHUNK_SIZE, progress -> {});
      LOG.infof("%s (%s=run)", report, Settings.BACKFILL);
    }
  }
}
