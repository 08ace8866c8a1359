package dev.autoprofile.hibernate;

import dev.autoprofile.spi.ProfileObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;

/**
 * Registers AutoProfile with every Hibernate {@code SessionFactory} that has {@code @AutoProfile}
 * or {@code @ProfileOf} entities; found by Hibernate through {@code META-INF/services}, so it needs no configuration.
 * Setting {@code autoprofile.enabled=false} switches it off.
 */
public final class AutoProfileIntegrator implements Integrator {
  private static final Logger LOG = Logger.getLogger(AutoProfileIntegrator.class);

  /** Called by Hibernate through the service loader. */
  public AutoProfileIntegrator() {}

  @Override
  public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
    var services = sessionFactory.getServiceRegistry();
    var settings = services.getService(ConfigurationService.class).getSettings();
    if (!Settings.enabled(settings)) {
      LOG.debugf("AutoProfile is off for this persistence unit: %s=false", Settings.ENABLED);
      return;
    }
    Settings.StartupBackfill backfill = Settings.backfill(settings);
    ProfileObserver observer = Settings.observer(settings);
    EventListenerRegistry registry = services.getService(EventListenerRegistry.class);
    if (ListenerDuplicationStrategy.registeredAlready(registry)) {
      LOG.debug("AutoProfile's listeners are registered with this SessionFactory already: nothing to add");
      return;
    }
    UserTypes users = new ListenerLoader().load(metadata.getEntityBindings());
    if (users.isEmpty()) {
      LOG.debug("AutoProfile has nothing to do: no @AutoProfile or @ProfileOf entity in this persistence unit");
      return;
    }
    SaveMarks marks = new SaveMarks();
    ProfilesInFlight inFlight = new ProfilesInFlight();
    ProfileCreator creator = new ProfileCreator(inFlight, observer);
    ProfileSaver saver = new ProfileSaver(creator, observer);
    BeforeSaveListener before = new BeforeSaveListener(users, marks, inFlight);
    AfterSaveListener after = new AfterSaveListener(users, marks, inFlight, creator, saver);
    FlushListener flush = new FlushListener(users, saver);
    DeleteListener delete = new DeleteListener(users, new ProfileRemover(observer));

    registry.addDuplicationStrategy(ListenerDuplicationStrategy.INSTANCE);
    registry.prependListeners(EventType.PERSIST, before);
    registry.prependListeners(EventType.PERSIST_ONFLUSH, before);
    registry.prependListeners(EventType.MERGE, before);
    registry.appendListeners(EventType.PERSIST, after);
    registry.appendListeners(EventType.PERSIST_ONFLUSH, after);
    registry.appendListeners(EventType.MERGE, after);
    registry.prependListeners(EventType.FLUSH, flush);
    registry.prependListeners(EventType.AUTO_FLUSH, flush);
    // first: Hibernate's own listener marks the user deleted, after which its profile cannot go
    registry.prependListeners(EventType.DELETE, delete);
    if (backfill != Settings.StartupBackfill.NONE) {
      // an observer, run after Hibernate's schema management and import scripts: here the tables may not exist yet
      sessionFactory.addObserver(new BackfillAtStartup(backfill));
    }
    warnIfFlushCascadesBypassPersist(sessionFactory);
    LOG.debug("AutoProfile creates profiles on persist and merge, saves them at flush, and removes them with their "
        + "user. Not covered, as they bypass entity "
        + "events: StatelessSession, JPQL/HQL and native inserts, bulk statements, and Hibernate 6's "
        + "Session.save()/saveOrUpdate(); backfill the profiles of rows written that way.");
  }

  /**
   * Hibernate 6 cascades at flush with SAVE_UPDATE events unless it was bootstrapped through JPA
   * or told to follow JPA's cascade rules; AutoProfile hooks PERSIST_ONFLUSH, so a new user
   * reached only by such a cascade would get no profile. Hibernate 7 always uses PERSIST_ONFLUSH.
   */
  @SuppressWarnings("deprecation") // the JPA cascade compliance switch is deprecated in 7, where it no longer matters
  static boolean flushCascadesBypassPersist(SessionFactoryImplementor sessionFactory) {
    boolean saveUpdateEvents = EventType.values().stream().anyMatch(type -> "save-update".equals(type.eventName()));
    var options = sessionFactory.getSessionFactoryOptions();
    return saveUpdateEvents && !options.isJpaBootstrap() && !options.getJpaCompliance().isJpaCascadeComplianceEnabled();
  }

  private static void warnIfFlushCascadesBypassPersist(SessionFactoryImplementor sessionFactory) {
    if (flushCascadesBypassPersist(sessionFactory)) {
      LOG.warnf("AutoProfile: Hibernate %s bootstrapped natively cascades to new entities at flush with SAVE_UPDATE "
              + "events, which AutoProfile does not hook: a new @AutoProfile user reached only by such a cascade "
              + "(added to a managed entity's collection, never persisted) gets no profile. Set "
              + "hibernate.jpa.compliance.cascade=true (the JPA cascade rules that JPA bootstrap and Spring Boot use), "
              + "persist such users explicitly, or move to Hibernate 7.",
          org.hibernate.Version.getVersionString());
    }
  }

  @Override
  public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // listeners live and die with the session factory's registry
  }
}
