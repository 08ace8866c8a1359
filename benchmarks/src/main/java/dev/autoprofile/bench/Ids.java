package dev.autoprofile.bench;

/** How the benchmark entities get their ids. */
public enum Ids {
  /** {@code allocationSize = 50}: inserts are batched. */
  SEQUENCE,
  /** The insert runs at persist to learn the id: no insert batching, by Hibernate's design. */
  IDENTITY
}
