package dev.autoprofile.processor;

/**
 * A type the user entity needs does not exist yet; another processor may generate it in a later
 * round. The user type is retried then, and reported only if the type is still missing at the end.
 */
final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingTypeException() {
    super(null, null, false, false);
  }
}
