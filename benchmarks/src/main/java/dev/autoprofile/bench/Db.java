package dev.autoprofile.bench;

/** The databases the runtime benchmarks run on. */
public enum Db {
  /** In memory, in the benchmark's own JVM: its allocations count in {@code -prof gc}. */
  H2("jdbc:h2:mem:autoprofile_bench;DB_CLOSE_DELAY=-1", "sa", ""),
  /** A real server on loopback (trust auth); tables are prefixed {@code bench_}. */
  POSTGRESQL(env("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"), env("BENCH_PG_USER", "postgres"), "");

  public final String url;
  public final String user;
  public final String password;

  Db(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
