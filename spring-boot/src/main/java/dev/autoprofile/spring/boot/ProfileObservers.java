package dev.autoprofile.spring.boot;

import dev.autoprofile.spi.ProfileObserver;

/** Gives each EntityManagerFactory bean its own observer, so that what it reports can name the factory. */
@FunctionalInterface
interface ProfileObservers {
  ProfileObserver forEntityManagerFactory(String beanName);
}
