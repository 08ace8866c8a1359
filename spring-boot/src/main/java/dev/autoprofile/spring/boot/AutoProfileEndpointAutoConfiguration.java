package dev.autoprofile.spring.boot;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The {@code autoprofile} actuator endpoint, where actuator is on the class path and the endpoint is exposed. */
@AutoConfiguration
@ConditionalOnClass(name = {"dev.autoprofile.AutoProfiles", "jakarta.persistence.EntityManagerFactory",
    "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
    "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
public class AutoProfileEndpointAutoConfiguration {

  /** Boot's auto-configuration instantiates it. */
  public AutoProfileEndpointAutoConfiguration() {}

  @Bean
  @ConditionalOnAvailableEndpoint(AutoProfileEndpoint.class)
  AutoProfileEndpoint autoProfileEndpoint(ListableBeanFactory beans) {
    return new AutoProfileEndpoint(beans);
  }
}
