package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.Backfill;
import dev.autoprofile.BackfillReport;
import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfileObserver.Operation;
import dev.autoprofile.spi.ProfilePair;
import dev.autoprofile.spi.RegisteredPair;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.query.Query;
import org.jboss.logging.Logger;

/**
 * Runs a {@link Backfill} on one session factory: finds the unit's pairs through AutoProfile's
 * listeners registered with it, pages the users of each pair by id, and creates each chunk's profiles
 * in a session and transaction of its own. Internal: {@link Backfill} is the API.
 */
public final class Backfiller {
  private static final Logger LOG = Logger.getLogger(Backfiller.class);
  /** Attempts of one chunk before the run gives up: each retry follows a conflict with another writer. */
  static final int ATTEMPTS = 12;
  /** Progress lines at INFO at most this often. */
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  /** {@code jakarta.persistence.lock.timeout} meaning SKIP LOCKED, in Hibernate 6.6 and 7.x alike. */
  private static final int SKIP_LOCKED = -2;

  private final SessionFactoryImplementor factory;
  private final UserTypes users;
  private final boolean skipLocked;
  private final ProfileObserver observer;

  private Backfiller(SessionFactoryImplementor factory, UserTypes users, ProfileObserver observer) {
    this.factory = factory;
    this.users = users;
    this.skipLocked = claimsBySkipLocked(factory.getJdbcServices().getDialect());
    this.observer = observer;
  }

  /**
   * The backfiller of {@code factory}.
   *
   * @throws IllegalStateException if AutoProfile is switched off for its persistence unit
   */
  public static Backfiller of(SessionFactoryImplementor factory) {
    if (!enabled(factory)) {
      throw new IllegalStateException(
          "AutoProfile is switched off for this persistence unit (" + Settings.ENABLED + "=false), so it cannot "
              + "backfill its profiles. Remove that property or set it to true (Spring: spring.jpa.properties."
              + Settings.ENABLED + "=true, or autoprofile.enabled=true with the Spring Boot module).");
    }
    return new Backfiller(factory, registeredUsers(factory), Settings.observer(settings(factory)));
  }

  /** Whether AutoProfile runs for {@code factory}'s unit ({@code autoprofile.enabled}). */
  public static boolean enabled(SessionFactoryImplementor factory) {
    return Settings.enabled(settings(factory));
  }

  /** The pairs {@code factory} runs, one per pair and topmost user entity; none where AutoProfile is off. */
  public static List<RegisteredPair> registeredPairs(SessionFactoryImplementor factory) {
    UserTypes users = registeredUsers(factory);
    return new Backfiller(factory, users, ProfileObserver.NONE).covered(null).stream()
        .map(covered -> registered(covered.getKey(), covered.getValue(), users))
        .toList();
  }

  private static RegisteredPair registered(ProfilePair<Object, Object> pair, Class<?> entity, UserTypes users) {
    return new RegisteredPair(entity, pair.modelType(),
        users.declaredOnModel(pair) ? RegisteredPair.Side.MODEL : RegisteredPair.Side.USER,
        pair.onUpdate(), pair.onDelete());
  }

  private static Map<String, Object> settings(SessionFactoryImplementor factory) {
    return factory.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
  }

  /**
   * Whether chunks are claimed with {@code FOR UPDATE SKIP LOCKED}: where tests showed Hibernate render it
   * and the database honour it (PostgreSQL 9.5+, MySQL 8+, MariaDB 10.6+). Elsewhere the unique key on the
   * profile's user column and a retry keep runs apart.
   */
  @SuppressWarnings("deprecation") // 7's LockingSupport replaces it, but 6.6 has only this
  static boolean claimsBySkipLocked(Dialect dialect) {
    return (dialect instanceof PostgreSQLDialect || dialect instanceof MySQLDialect) && dialect.supportsSkipLocked();
  }

  /** The users AutoProfile's listeners serve in this factory; none where it registered none. */
  @SuppressWarnings("deprecation") // listeners(): deprecated in 6.6 and 7.x, and the only read of a group's listeners
  private static UserTypes registeredUsers(SessionFactoryImplementor factory) {
    EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
    for (Object listener : registry.getEventListenerGroup(EventType.PERSIST).listeners()) {
      if (listener instanceof AfterSaveListener after) {
        return after.users;
      }
    }
    return new UserTypes(Map.of());
  }

  /**
   * @throws IllegalArgumentException unless {@code type} is, extends or is extended by a user entity
   */
  public void requireUserEntity(Class<?> type) {
    if (targets(type).isEmpty()) {
      throw new IllegalArgumentException(
          type.getName() + " is no user entity of this persistence unit, nor a superclass of one, so it has no "
              + "profiles to backfill. User entities: " + users.byMappedClass().keySet().stream()
                  .map(Class::getName).sorted().collect(Collectors.joining(", ")) + ".");
    }
  }

  /**
   * One target per pair and topmost entity of the unit that has it among {@code only} and its
   * subclasses: an entity root covers its subclasses; a mapped superclass, each of its topmost entities.
   */
  List<BackfillTarget> targets(Class<?> only) {
    return covered(only).stream()
        .map(covered -> BackfillTarget.of(covered.getKey(), covered.getValue(),
            users.byMappedClass().get(covered.getValue()), factory))
        .toList();
  }

  /** Each pair with each topmost entity it covers among {@code only} and its subclasses, in backfill order. */
  private List<Map.Entry<ProfilePair<Object, Object>, Class<?>>> covered(Class<?> only) {
    Class<?> scope = only == null ? Object.class : only;
    List<Class<?>> entities = users.byMappedClass().keySet().stream()
        .filter(scope::isAssignableFrom)
        .sorted(Comparator.comparingInt(Backfiller::depth).thenComparing(Class::getName))
        .toList();
    Map<ProfilePair<Object, Object>, List<Class<?>>> topmost = new IdentityHashMap<>();
    List<ProfilePair<Object, Object>> order = new ArrayList<>();
    for (Class<?> entity : entities) {
      for (ProfilePair<Object, Object> pair : users.byMappedClass().get(entity).pairs()) {
        List<Class<?>> roots = topmost.computeIfAbsent(pair, p -> {
          order.add(p);
          return new ArrayList<>();
        });
        if (roots.stream().noneMatch(root -> root.isAssignableFrom(entity))) {
          roots.add(entity);
        }
      }
    }
    List<Map.Entry<ProfilePair<Object, Object>, Class<?>>> covered = new ArrayList<>();
    for (ProfilePair<Object, Object> pair : order) {
      for (Class<?> entity : topmost.get(pair)) {
        covered.add(Map.entry(pair, entity));
      }
    }
    return covered;
  }

  private static int depth(Class<?> type) {
    int depth = 0;
    for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
      depth++;
    }
    return depth;
  }

  /** Users without their profile, over every target of {@code only}. */
  public long countMissing(Class<?> only) {
    return missing(targets(only)).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Missing profiles per target, for the startup check. */
  Map<BackfillTarget, Long> missingByTarget() {
    return missing(targets(null));
  }

  /** Missing profiles per pair and topmost user entity, in backfill order. */
  public Map<RegisteredPair, Long> missingByPair() {
    Map<RegisteredPair, Long> byPair = new LinkedHashMap<>();
    missingByTarget().forEach((target, count) ->
        byPair.put(registered(target.pair(), target.userEntity(), users), count));
    return byPair;
  }

  private Map<BackfillTarget, Long> missing(List<BackfillTarget> targets) {
    Map<BackfillTarget, Long> missing = new LinkedHashMap<>();
    try (Session session = factory.openSession()) {
      Transaction tx = session.beginTransaction();
      try {
        for (BackfillTarget target : targets) {
          missing.put(target, session.createQuery(target.countQuery(), Long.class).getSingleResult());
        }
      } finally {
        tx.rollback();
      }
    }
    return missing;
  }

  /** Creates every missing profile of {@code only}'s targets, a chunk per transaction. */
  public BackfillReport run(Class<?> only, int chunkSize, Consumer<BackfillReport> onProgress) {
    Map<BackfillTarget, Long> missing = missing(targets(only));
    Progress progress = new Progress(missing.values().stream().mapToLong(Long::longValue).sum());
    for (BackfillTarget target : missing.keySet()) {
      if (missing.get(target) == 0) {
        continue; // a second run: no need to page through the users
      }
      Object last = null;
      boolean first = true;
      while (true) {
        Chunk chunk = chunkWithRetries(target, first, last, chunkSize);
        if (chunk.selected() == 0) {
          break;
        }
        first = false;
        last = chunk.lastId();
        if (chunk.created() > 0) {
          progress.committed(target, chunk.created());
          observer.backfilled(target.pair(), chunk.created());
          onProgress.accept(progress.report());
        }
      }
    }
    return progress.report();
  }

  /** What one committed chunk did: users it selected, profiles it created, the last id it saw. */
  private record Chunk(int selected, int created, Object lastId) {}

  private Chunk chunkWithRetries(BackfillTarget target, boolean first, Object last, int chunkSize) {
    for (int attempt = 1; ; attempt++) {
      try {
        return chunk(target, first, last, chunkSize, attempt == ATTEMPTS);
      } catch (ChunkConflict conflict) {
        if (attempt == ATTEMPTS) {
          throw failed(target, new AutoProfileException(
              "Could not backfill the " + target.pair().modelType().getName() + " profiles of "
                  + target.userEntity().getName() + " with " + target.idAttribute() + " after " + idText(last)
                  + ": the chunk failed " + ATTEMPTS + " times, last with " + conflict.getCause() + ". Profiles of "
                  + "earlier chunks are committed; fix the cause and run the backfill again.",
              conflict.getCause()));
        }
        LOG.debugf("Backfill of %s: chunk after %s conflicted with another writer (%s); retrying",
            target.label(), idText(last), conflict.getCause());
        backOff(attempt);
      }
    }
  }

  private static String idText(Object last) {
    return last == null ? "the start" : String.valueOf(last);
  }

  private static void backOff(int attempt) {
    long cap = Math.min(1_000, 5L << Math.min(attempt, 10));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AutoProfileException("Backfill interrupted; profiles of committed chunks stay", e);
    }
  }

  /**
   * One chunk in a fresh session and transaction: selects (and, where it can, claims) the next page of
   * {@code chunkSize} users by key, finds which of them lack the profile, builds each missing one with the
   * generated pair and persists it, commits. On the last attempt it flushes each profile alone, so that a failing
   * insert names its user.
   *
   * @throws ChunkConflict when the database refused the chunk (another writer came first); nothing was committed
   */
  private Chunk chunk(BackfillTarget target, boolean first, Object last, int chunkSize, boolean oneByOne) {
    ProfilePair<Object, Object> pair = target.pair();
    try (Session session = factory.openSession()) {
      session.setJdbcBatchSize(chunkSize);
      Transaction tx = session.beginTransaction();
      try {
        // the claim: a page of ids only, since a lock on a query that fetches joins turns into follow-on locking
        Query<Object> claim = session.createQuery(target.pageQuery(first), Object.class);
        if (!first) {
          claim.setParameter("last", last);
        }
        claim.setMaxResults(chunkSize);
        if (skipLocked) {
          claim.setLockMode(LockModeType.PESSIMISTIC_WRITE);
          claim.setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED);
        }
        List<Object> page = claim.getResultList();
        if (page.isEmpty()) {
          tx.commit();
          return new Chunk(0, 0, last);
        }
        Object from = page.get(0);
        Object to = page.get(page.size() - 1);
        Set<Object> claimed = new HashSet<>(page);
        if (!pair.userHoldsProfile()) {
          claimed.removeAll(session.createQuery(target.profiledQuery(), Object.class)
              .setParameter("from", from)
              .setParameter("to", to)
              .getResultList());
        }
        int created = 0;
        if (!claimed.isEmpty()) {
          // by range, not by a list of ids: the same two-parameter statement for every chunk; the range may hold
          // users another run claimed, which stay untouched
          List<?> users = session.createQuery(target.usersQuery(), target.userEntity())
              .setParameter("from", from)
              .setParameter("to", to)
              .setReadOnly(true) // the profiles are all a chunk writes: no dirty check of its users
              .getResultList();
          for (Object user : users) {
            Object id = session.getIdentifier(user);
            if (!claimed.contains(id) || pair.profileOf(user) != null) {
              continue;
            }
            Object profile = build(target, user, id);
            pair.setProfile(user, profile);
            session.persist(profile);
            created++;
            if (oneByOne) {
              flushAlone(session, target, id);
            }
          }
        }
        tx.commit();
        return new Chunk(page.size(), created, to);
      } catch (PersistenceException e) {
        if (e instanceof AutoProfileException failure) {
          throw failed(target, failure);
        }
        throw new ChunkConflict(e);
      } finally {
        if (tx.isActive()) {
          tx.rollback();
        }
      }
    }
  }

  /** Tells the observer, and returns {@code failure} to throw. */
  private AutoProfileException failed(BackfillTarget target, AutoProfileException failure) {
    observer.failed(target.pair(), Operation.BACKFILL, failure);
    return failure;
  }

  private static void flushAlone(Session session, BackfillTarget target, Object id) {
    try {
      session.flush();
    } catch (PersistenceException e) {
      throw new AutoProfileException(failure(target, id) + "could not be inserted: " + e + ". Profiles of earlier "
          + "chunks are committed; fix the cause and run the backfill again.", e);
    }
  }

  private static Object build(BackfillTarget target, Object user, Object id) {
    try {
      Object profile = target.pair().newProfile(user);
      if (profile == null) {
        throw new NullPointerException("the generated newProfile returned null");
      }
      return profile;
    } catch (RuntimeException e) {
      throw new AutoProfileException(
          failure(target, id) + "could not be built: " + e + ". Profiles of earlier chunks are committed; fix the "
              + "model's constructor (or field initialisers), or that user's row, and run the backfill again.",
          e);
    }
  }

  private static String failure(BackfillTarget target, Object id) {
    return "Backfill: the " + target.pair().modelType().getName() + " profile of " + target.userEntity().getName()
        + " with " + target.idAttribute() + " " + id + " ";
  }

  /** The database refused a chunk, which was rolled back: another writer came first, or the row is bad. */
  private static final class ChunkConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChunkConflict(RuntimeException cause) {
      super(cause);
    }
  }

  /** Running totals of one run, and its INFO lines at most every few seconds. */
  private static final class Progress {
    private final long started = System.nanoTime();
    private final long missing;
    private final Map<String, Long> byPair = new LinkedHashMap<>();
    private long created;
    private long logged = started;

    Progress(long missing) {
      this.missing = missing;
    }

    void committed(BackfillTarget target, int profiles) {
      created += profiles;
      byPair.merge(target.label(), (long) profiles, Long::sum);
      long now = System.nanoTime();
      if (now - logged >= LOG_EVERY_NANOS) {
        logged = now;
        double seconds = (now - started) / 1e9;
        LOG.infof("%s", String.format(Locale.ROOT, "AutoProfile backfill: %,d of %,d missing profiles created (%,.0f rows/s)",
            created, missing, created / seconds));
      }
    }

    BackfillReport report() {
      return new BackfillReport(created, Duration.ofNanos(System.nanoTime() - started), byPair);
    }
  }
}
