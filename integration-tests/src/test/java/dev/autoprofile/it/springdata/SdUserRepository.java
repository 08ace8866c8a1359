package dev.autoprofile.it.springdata;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SdUserRepository extends JpaRepository<SdUser, Long> {}
