package dev.autoprofile.sample.preferences;

import dev.autoprofile.sample.users.UserNotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A user's preferences, served by the package that owns them. */
@RestController
public class PreferencesController {
  private final PreferencesRepository preferences;

  public PreferencesController(PreferencesRepository preferences) {
    this.preferences = preferences;
  }

  /** The preferences of one user. */
  public record PreferencesResponse(long userId, String language, boolean newsletter) {}

  @GetMapping("/api/users/{id}/preferences")
  @Transactional(readOnly = true)
  public PreferencesResponse get(@PathVariable long id) {
    Preferences found = preferences.findByUserId(id).orElseThrow(() -> new UserNotFoundException(id));
    return new PreferencesResponse(id, found.getLanguage(), found.isNewsletter());
  }
}
