package dev.autoprofile.stacks.boot35;

import org.springframework.data.jpa.repository.JpaRepository;

/** Plain Spring Data: {@code save}, {@code delete} and the rest reach AutoProfile through Hibernate's events. */
public interface UserRepository extends JpaRepository<User, Long> {}
