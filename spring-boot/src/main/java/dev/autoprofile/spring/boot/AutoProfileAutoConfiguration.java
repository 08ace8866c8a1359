package dev.autoprofile.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Maps {@code autoprofile.*} onto the JPA properties of every EntityManagerFactory Spring builds, and where
 * Micrometer is on the class path gives each factory its counters.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"dev.autoprofile.AutoProfiles", "jakarta.persistence.EntityManagerFactory",
    "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean"})
@EnableConfigurationProperties(AutoProfileProperties.class)
public class AutoProfileAutoConfiguration {

  /** Boot's auto-configuration instantiates it. */
  public AutoProfileAutoConfiguration() {}

  /** Static: a post-processor must not make its configuration class a bean too early. */
  @Bean
  static JpaPropertiesPostProcessor autoProfileJpaPropertiesPostProcessor(Environment environment,
      ObjectProvider<ProfileObservers> observers) {
    return new JpaPropertiesPostProcessor(environment, observers);
  }

  /** The counters, only where Micrometer is: without it no observer is set and nothing is counted. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    ProfileObservers autoProfileCounters(ObjectProvider<MeterRegistry> registries) {
      return beanName -> new ProfileCounters(beanName, registries);
    }
  }
}
