package dev.autoprofile.sample.users;

/** No user has the id asked for. */
public class UserNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserNotFoundException(long id) {
    super("No user has id " + id);
  }
}
