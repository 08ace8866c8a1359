package dev.autoprofile.sample.users;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads and changes users. No method saves a profile: AutoProfile creates it with the
 * user and saves it when the user is saved.
 */
@Service
public class UserService {
  private final UserRepository users;

  public UserService(UserRepository users) {
    this.users = users;
  }

  /** A new user, returned with the profile AutoProfile built for it. */
  @Transactional
  public User create(String username, String email) {
    if (users.existsByUsername(username)) {
      throw new UsernameTakenException(username);
    }
    // persist: AutoProfile runs new Profile(user) and persists it in this transaction
    return users.save(new User(username, email));
  }

  @Transactional(readOnly = true)
  public User find(long id) {
    return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
  }

  @Transactional(readOnly = true)
  public Page<User> page(Pageable pageable) {
    return users.findAll(pageable);
  }

  /**
   * Changes a user and the profile it carries, then saves the user: saving the user is what
   * writes its profile (AutoProfile's {@code onUpdate = SAVE}, Django's {@code post_save} with
   * {@code created=False}), a new one included.
   */
  @Transactional
  public User update(long id, UserChanges changes) {
    User user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    if (!user.getUsername().equals(changes.username())
        && users.existsByUsernameAndIdNot(changes.username(), id)) {
      throw new UsernameTakenException(changes.username());
    }
    user.setUsername(changes.username());
    user.setEmail(changes.email());
    Profile profile = user.getProfile();
    if (profile == null) {
      // only a row stored before User was annotated (or while AutoProfile was suspended) has none;
      // the profile given to the user is persisted with it
      profile = new Profile(user);
      user.setProfile(profile);
    }
    profile.setDisplayName(changes.displayName());
    profile.setBio(changes.bio());
    return users.save(user);
  }

  /**
   * Removes a user. Its profiles go with it, in the same flush and before the user's row:
   * AutoProfile's {@code onDelete = DELETE}, Django's {@code on_delete=CASCADE}; nothing here
   * needs to know which models there are.
   */
  @Transactional
  public void delete(long id) {
    users.delete(users.findById(id).orElseThrow(() -> new UserNotFoundException(id)));
  }

  /** The new values of a user and its profile. */
  public record UserChanges(String username, String email, String displayName, String bio) {}
}
