package dev.autoprofile.it.failure;

import static org.junit.jupiter.api.Assertions.fail;

/** Looks through an exception's cause chain, where Hibernate or JPA may have wrapped what matters. */
public final class Causes {
  private Causes() {}

  /** The first throwable of {@code type} in the cause chain of {@code thrown}, or null. */
  public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Like {@link #find}, failing with the whole chain when there is none. */
  public static <T extends Throwable> T require(Throwable thrown, Class<T> type) {
    T found = find(thrown, type);
    if (found == null) {
      fail("no " + type.getName() + " in the cause chain of " + chain(thrown), thrown);
    }
    return found;
  }

  /** Every message of the chain, for assertion messages. */
  public static String chain(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append(text.length() == 0 ? "" : " <- ").append(t);
    }
    return text.toString();
  }
}
