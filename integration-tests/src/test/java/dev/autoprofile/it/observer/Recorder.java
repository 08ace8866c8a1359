package dev.autoprofile.it.observer;

import dev.autoprofile.spi.ProfileObserver;
import dev.autoprofile.spi.ProfilePair;
import java.util.ArrayList;
import java.util.List;

/** Writes down every call, as "event User -> Model", with the count or operation where there is one. */
final class Recorder implements ProfileObserver {
  final List<String> events = new ArrayList<>();

  @Override
  public void created(ProfilePair<?, ?> pair) {
    record("created", pair, "");
  }

  @Override
  public void saved(ProfilePair<?, ?> pair) {
    record("saved", pair, "");
  }

  @Override
  public void deleted(ProfilePair<?, ?> pair) {
    record("deleted", pair, "");
  }

  @Override
  public void backfilled(ProfilePair<?, ?> pair, long count) {
    record("backfilled", pair, " " + count);
  }

  @Override
  public void failed(ProfilePair<?, ?> pair, Operation operation, RuntimeException failure) {
    record("failed", pair, " " + operation);
  }

  private synchronized void record(String event, ProfilePair<?, ?> pair, String detail) {
    events.add(event + " " + pair.userType().getSimpleName() + " -> " + pair.modelType().getSimpleName() + detail);
  }

  synchronized List<String> take() {
    List<String> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
