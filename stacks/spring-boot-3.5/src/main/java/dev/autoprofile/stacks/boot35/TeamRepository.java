package dev.autoprofile.stacks.boot35;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data merges on {@code save}: a {@link Team}'s id is assigned, so it cannot tell it is new. */
public interface TeamRepository extends JpaRepository<Team, String> {}
