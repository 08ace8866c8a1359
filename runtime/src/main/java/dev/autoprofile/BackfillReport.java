package dev.autoprofile;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a {@link Backfill} created: the profiles committed so far, how long it took, and how many of
 * them each pair got. Handed to the progress callback after each committed chunk with the running
 * totals, and returned by {@link Backfill#run()} at the end.
 *
 * @param created profiles committed by this run; another run's profiles are never counted here
 * @param elapsed time since the run started
 * @param createdByPair profiles committed per pair, keyed {@code "User → Profile"} in the order the
 *     run visits them
 */
public record BackfillReport(long created, Duration elapsed, Map<String, Long> createdByPair) {

  /** Copies {@code createdByPair}, keeping its order. */
  public BackfillReport {
    Objects.requireNonNull(elapsed, "elapsed");
    createdByPair = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(createdByPair));
  }

  /** E.g. {@code Backfill: 1,234 profiles created in 2.3 s (User → Profile 1,000; User → Preferences 234)}. */
  @Override
  public String toString() {
    String pairs = createdByPair.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining("; "));
    return String.format(Locale.ROOT, "Backfill: %,d profile%s created in %.1f s%s", created, created == 1 ? "" : "s",
        elapsed.toMillis() / 1000.0, pairs.isEmpty() ? "" : " (" + pairs + ")");
  }
}
