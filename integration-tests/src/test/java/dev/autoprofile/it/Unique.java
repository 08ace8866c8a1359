package dev.autoprofile.it;

import java.util.UUID;

/** Names no earlier run left in the shared PostgreSQL and MariaDB databases. */
public final class Unique {
  private Unique() {}

  public static String name(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
