package dev.autoprofile.it.springdata;

import dev.autoprofile.it.profileof.Patron;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PatronRepository extends JpaRepository<Patron, Long> {}
