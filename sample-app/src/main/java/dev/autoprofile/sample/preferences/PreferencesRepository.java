package dev.autoprofile.sample.preferences;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferencesRepository extends JpaRepository<Preferences, Long> {
  Optional<Preferences> findByUserId(long userId);

  long countByUserId(long userId);
}
