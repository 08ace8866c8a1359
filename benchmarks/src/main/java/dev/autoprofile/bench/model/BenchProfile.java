package dev.autoprofile.bench.model;

/** What the workloads need of every benchmark profile entity. */
public interface BenchProfile {
  String getDisplayName();

  void setDisplayName(String displayName);
}
