package dev.autoprofile;

import dev.autoprofile.hibernate.Backfiller;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Run-time controls of AutoProfile.
 *
 * <p>{@link #suspend()} is the Java form of Django's {@code raw=True}: load fixtures or migrate data
 * that already carries its profiles without AutoProfile creating or saving any.
 */
public final class AutoProfiles {

  /** This thread's open suspensions; no value at all while none is open. */
  private static final ThreadLocal<Depth> SUSPENSIONS = new ThreadLocal<>();

  private AutoProfiles() {}

  /**
   * Stops AutoProfile from creating or saving profiles on the current thread until the returned
   * handle is closed. Suspensions nest: profiles resume when the outermost one is closed.
   *
   * <pre>{@code
   * try (var suspended = AutoProfiles.suspend()) {
   *   fixtures.forEach(entityManager::persist);
   * }
   * }</pre>
   */
  public static Suspension suspend() {
    Depth depth = SUSPENSIONS.get();
    if (depth == null) {
      depth = new Depth();
      SUSPENSIONS.set(depth);
    }
    depth.open++;
    return new Suspension();
  }

  /**
   * A backfill of the profiles that the users of {@code entityManagerFactory}'s persistence unit lack
   * (rows older than the annotation), built by the generated listeners as at creation. Configure it,
   * then {@link Backfill#countMissing()} or {@link Backfill#run()}.
   *
   * @param entityManagerFactory a Hibernate {@code SessionFactory}, or any JPA factory that unwraps to
   *     one (Spring's EntityManagerFactory bean)
   * @throws IllegalStateException if AutoProfile is switched off for that unit
   */
  public static Backfill backfill(EntityManagerFactory entityManagerFactory) {
    return new Backfill(Backfiller.of(entityManagerFactory.unwrap(SessionFactoryImplementor.class)));
  }

  /** Whether a {@link #suspend()} is open on the current thread. */
  public static boolean isSuspended() {
    return SUSPENSIONS.get() != null;
  }

  /** How many suspensions are open on a thread. */
  private static final class Depth {
    int open;
  }

  /** An open {@link #suspend()}; closing it twice has no further effect. */
  public static final class Suspension implements AutoCloseable {
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    private Suspension() {}

    /**
     * Ends this suspension.
     *
     * @throws IllegalStateException if called from another thread than the one that suspended
     */
    @Override
    public void close() {
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException(
            "AutoProfiles.suspend() was opened on thread '" + owner.getName()
                + "' and must be closed on it, not on '" + Thread.currentThread().getName() + "'");
      }
      if (!closed) {
        closed = true;
        Depth depth = SUSPENSIONS.get();
        if (--depth.open == 0) {
          SUSPENSIONS.remove();
        }
      }
    }
  }
}
