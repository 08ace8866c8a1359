package dev.autoprofile.spring.boot;

import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfilePair;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The Micrometer counters of one EntityManagerFactory: {@code autoprofile.profiles.created}, {@code .saved},
 * {@code .deleted}, {@code .backfilled} and {@code .failures}, tagged {@code entityManagerFactory},
 * {@code user} and {@code model} (the classes' names), failures also {@code operation}. Each counter is
 * looked up once per pair; the registry is taken at the first event, since the factory is built (and may
 * backfill) before the application's registry is ready to be asked for.
 */
final class ProfileCounters implements ProfileObserver {
  static final String CREATED = "autoprofile.profiles.created";
  static final String SAVED = "autoprofile.profiles.saved";
  static final String DELETED = "autoprofile.profiles.deleted";
  static final String BACKFILLED = "autoprofile.profiles.backfilled";
  static final String FAILURES = "autoprofile.profiles.failures";

  private final String entityManagerFactory;
  private final ObjectProvider<MeterRegistry> registries;
  private volatile MeterRegistry registry;
  private final Map<ProfilePair<?, ?>, Counter> created = new ConcurrentHashMap<>();
  private final Map<ProfilePair<?, ?>, Counter> saved = new ConcurrentHashMap<>();
  private final Map<ProfilePair<?, ?>, Counter> deleted = new ConcurrentHashMap<>();
  private final Map<ProfilePair<?, ?>, Counter> backfilled = new ConcurrentHashMap<>();
  private final Map<Operation, Map<ProfilePair<?, ?>, Counter>> failures = new ConcurrentHashMap<>();

  ProfileCounters(String entityManagerFactory, ObjectProvider<MeterRegistry> registries) {
    this.entityManagerFactory = entityManagerFactory;
    this.registries = registries;
  }

  @Override
  public void created(ProfilePair<?, ?> pair) {
    counter(created, pair, CREATED, "Profiles AutoProfile created for new users, or for saved users that had none")
        .increment();
  }

  @Override
  public void saved(ProfilePair<?, ?> pair) {
    counter(saved, pair, SAVED, "Profiles held by a saved user that AutoProfile persisted or merged with it")
        .increment();
  }

  @Override
  public void deleted(ProfilePair<?, ?> pair) {
    counter(deleted, pair, DELETED, "Profiles AutoProfile removed with their user").increment();
  }

  @Override
  public void backfilled(ProfilePair<?, ?> pair, long count) {
    counter(backfilled, pair, BACKFILLED, "Profiles a backfill created and committed").increment(count);
  }

  @Override
  public void failed(ProfilePair<?, ?> pair, Operation operation, RuntimeException failure) {
    Map<ProfilePair<?, ?>, Counter> byPair = failures.computeIfAbsent(operation, key -> new ConcurrentHashMap<>());
    byPair.computeIfAbsent(pair, key -> Counter.builder(FAILURES)
            .description("Profiles AutoProfile could not create, save, remove or backfill")
            .tags(tags(pair))
            .tag("operation", operation.name().toLowerCase(Locale.ROOT))
            .register(registry()))
        .increment();
  }

  private Counter counter(Map<ProfilePair<?, ?>, Counter> counters, ProfilePair<?, ?> pair, String name,
      String description) {
    Counter counter = counters.get(pair);
    return counter != null ? counter : counters.computeIfAbsent(pair, register(name, description));
  }

  private Function<ProfilePair<?, ?>, Counter> register(String name, String description) {
    return pair -> Counter.builder(name).description(description).tags(tags(pair)).register(registry());
  }

  private String[] tags(ProfilePair<?, ?> pair) {
    return new String[] {"entityManagerFactory", entityManagerFactory, "user", pair.userType().getName(),
        "model", pair.modelType().getName()};
  }

  private MeterRegistry registry() {
    MeterRegistry taken = registry;
    if (taken == null) {
      // no registry bean (Micrometer without actuator): counters that count nowhere
      taken = registries.getIfAvailable(CompositeMeterRegistry::new);
      registry = taken;
    }
    return taken;
  }
}
