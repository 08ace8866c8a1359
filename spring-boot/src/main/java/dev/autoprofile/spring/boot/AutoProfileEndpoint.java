package dev.autoprofile.spring.boot;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.BackfillReport;
import dev.autoprofile.OnDelete;
import dev.autoprofile.OnUpdate;
import dev.autoprofile.spi.RegisteredPair;
import dev.autoprofile.spi.RegisteredPairs;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;

/**
 * {@code /actuator/autoprofile}: the user → model pairs of each EntityManagerFactory, and with
 * {@code ?missing=true} how many users lack each profile (counted on request, never by a health check). Its
 * write operation ({@code POST}) runs the backfill; it writes, so it is off until
 * {@code management.endpoint.autoprofile.access=unrestricted}.
 */
@Endpoint(id = "autoprofile", defaultAccess = Access.READ_ONLY)
public class AutoProfileEndpoint {
  private final ListableBeanFactory beans;

  /** @param beans where the EntityManagerFactory beans are looked up, at each request */
  public AutoProfileEndpoint(ListableBeanFactory beans) {
    this.beans = beans;
  }

  /**
   * The pairs of every EntityManagerFactory bean, by bean name.
   *
   * @param missing whether to count, per pair, the users without that profile (a query per pair)
   */
  @ReadOperation
  public Units pairs(@Nullable Boolean missing) {
    Map<String, Unit> units = new TreeMap<>();
    factories().forEach((name, factory) -> units.put(name, unit(factory, Boolean.TRUE.equals(missing))));
    return new Units(units);
  }

  /** Runs the backfill of every EntityManagerFactory bean where AutoProfile is on, one after the other. */
  @WriteOperation
  public Backfills backfill() {
    Map<String, Backfilled> reports = new TreeMap<>();
    factories().forEach((name, factory) -> {
      if (RegisteredPairs.of(factory).enabled()) {
        BackfillReport report = AutoProfiles.backfill(factory).run();
        reports.put(name, new Backfilled(report.created(), report.createdByPair(), report.elapsed().toMillis(),
            report.toString()));
      }
    });
    return new Backfills(reports);
  }

  private Map<String, EntityManagerFactory> factories() {
    return beans.getBeansOfType(EntityManagerFactory.class);
  }

  private static Unit unit(EntityManagerFactory factory, boolean countMissing) {
    RegisteredPairs registered = RegisteredPairs.of(factory);
    Map<RegisteredPair, Long> missing = countMissing && registered.enabled() ? registered.countMissing() : Map.of();
    List<Pair> pairs = registered.pairs().stream()
        .map(pair -> new Pair(pair.userEntity().getName(), pair.model().getName(),
            pair.declaredOn().name().toLowerCase(Locale.ROOT), pair.onUpdate(), pair.onDelete(), missing.get(pair)))
        .toList();
    return new Unit(registered.enabled(), pairs);
  }

  /** The response of the read operation. */
  public record Units(Map<String, Unit> entityManagerFactories) implements OperationResponseBody {}

  /**
   * One EntityManagerFactory.
   *
   * @param enabled false where {@code autoprofile.enabled=false}: then it has no pairs
   */
  public record Unit(boolean enabled, List<Pair> pairs) {}

  /**
   * One pair.
   *
   * @param declaredOn {@code user} ({@code @AutoProfile}) or {@code model} ({@code @ProfileOf})
   * @param missing users without the profile; only with {@code ?missing=true}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Pair(String user, String model, String declaredOn, OnUpdate onUpdate, OnDelete onDelete,
      Long missing) {}

  /** The response of the write operation. */
  public record Backfills(Map<String, Backfilled> entityManagerFactories) implements OperationResponseBody {}

  /** What the backfill of one EntityManagerFactory created. */
  public record Backfilled(long created, Map<String, Long> createdByPair, long elapsedMillis, String summary) {}
}
