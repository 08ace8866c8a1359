package dev.autoprofile.spi;

import dev.autoprofile.hibernate.Backfiller;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The pairs a persistence unit runs, for tools that show them (Spring Boot's actuator endpoint). Reading
 * them costs nothing; {@link #countMissing()} queries the database.
 */
public final class RegisteredPairs {
  private final SessionFactoryImplementor factory;
  private final boolean enabled;
  private final List<RegisteredPair> pairs;

  private RegisteredPairs(SessionFactoryImplementor factory) {
    this.factory = factory;
    this.enabled = Backfiller.enabled(factory);
    this.pairs = Backfiller.registeredPairs(factory);
  }

  /**
   * The pairs of {@code entityManagerFactory}'s unit.
   *
   * @param entityManagerFactory a Hibernate {@code SessionFactory}, or a JPA factory that unwraps to one
   */
  public static RegisteredPairs of(EntityManagerFactory entityManagerFactory) {
    return new RegisteredPairs(entityManagerFactory.unwrap(SessionFactoryImplementor.class));
  }

  /** Whether AutoProfile runs for this unit: false with {@code autoprofile.enabled=false}. */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Every pair, in the order a backfill visits them: one per pair and topmost user entity; none where
   * AutoProfile is off or the unit has no annotated entity.
   */
  public List<RegisteredPair> pairs() {
    return pairs;
  }

  /**
   * Users without their profile, per pair, counted in one read-only transaction; writes nothing.
   *
   * @throws IllegalStateException if AutoProfile is switched off for this unit
   */
  public Map<RegisteredPair, Long> countMissing() {
    return Backfiller.of(factory).missingByPair();
  }
}
