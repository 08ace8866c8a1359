package dev.autoprofile.sample.users;

/** Another user already has the username asked for. */
public class UsernameTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsernameTakenException(String username) {
    super("The username '" + username + "' is taken");
  }
}
