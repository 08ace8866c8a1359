package dev.autoprofile.it.springdata;

import dev.autoprofile.it.delete.Subscriber;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {}
