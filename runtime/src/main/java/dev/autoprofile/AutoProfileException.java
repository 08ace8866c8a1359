package dev.autoprofile;

import jakarta.persistence.PersistenceException;

/**
 * AutoProfile could not create or save a profile, or found a setup it cannot run with. The message
 * names the user entity, the model and what to change. Thrown while saving a user, it has marked
 * the transaction for rollback: the user is never committed without its profile.
 */
public class AutoProfileException extends PersistenceException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the entity and the fix. */
  public AutoProfileException(String message) {
    super(message);
  }

  /** With a message that names the entity and the fix, and the failure behind it. */
  public AutoProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
