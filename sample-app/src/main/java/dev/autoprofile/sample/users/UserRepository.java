package dev.autoprofile.sample.users;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Users, always read together with their profile (one query, not one per user). */
public interface UserRepository extends JpaRepository<User, Long> {

  @Override
  @EntityGraph(attributePaths = "profile")
  Page<User> findAll(Pageable pageable);

  @Override
  @EntityGraph(attributePaths = "profile")
  Optional<User> findById(Long id);

  @EntityGraph(attributePaths = "profile")
  Optional<User> findByUsername(String username);

  boolean existsByUsername(String username);

  boolean existsByUsernameAndIdNot(String username, Long id);

  long countByUsernameStartingWith(String prefix);
}
