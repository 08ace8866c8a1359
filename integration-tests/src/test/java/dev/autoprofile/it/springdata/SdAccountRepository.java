package dev.autoprofile.it.springdata;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SdAccountRepository extends JpaRepository<SdAccount, String> {}
