package dev.autoprofile.sample.users;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Profiles by their user; the app itself never saves one, AutoProfile does. */
public interface ProfileRepository extends JpaRepository<Profile, Long> {

  List<Profile> findAllByUserId(Long userId);
}
