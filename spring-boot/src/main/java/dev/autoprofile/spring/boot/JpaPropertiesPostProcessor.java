package dev.autoprofile.spring.boot;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Puts {@code autoprofile.*} and the observer into the JPA properties of every EntityManagerFactory
 * Spring builds, before it builds it. A key the factory has already (its own
 * {@code spring.jpa.properties.autoprofile.*}) is left as it is. A bean post-processor rather than Boot's
 * {@code HibernatePropertiesCustomizer}, whose package Boot 4 moved: one jar serves Boot 3.5 and 4.
 */
final class JpaPropertiesPostProcessor implements BeanPostProcessor {
  static final String ENABLED = "autoprofile.enabled";
  static final String BACKFILL = "autoprofile.backfill";
  static final String OBSERVER = "autoprofile.observer";

  private final Environment environment;
  private final ObjectProvider<ProfileObservers> observers;

  JpaPropertiesPostProcessor(Environment environment, ObjectProvider<ProfileObservers> observers) {
    this.environment = environment;
    this.observers = observers;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof AbstractEntityManagerFactoryBean factory) {
      customize(factory.getJpaPropertyMap(), beanName);
    }
    return bean;
  }

  private void customize(Map<String, Object> jpaProperties, String beanName) {
    // bound here, not injected: a post-processor is created before configuration properties beans
    AutoProfileProperties properties = Binder.get(environment)
        .bind("autoprofile", AutoProfileProperties.class)
        .orElseGet(AutoProfileProperties::new);
    // only what differs from the runtime's defaults, so that a persistence.xml setting is not overridden by one
    if (!properties.isEnabled()) {
      jpaProperties.putIfAbsent(ENABLED, "false");
    }
    if (properties.getBackfill() != AutoProfileProperties.Backfill.NONE) {
      jpaProperties.putIfAbsent(BACKFILL, properties.getBackfill().name().toLowerCase(Locale.ROOT));
    }
    ProfileObservers forFactory = observers.getIfAvailable();
    if (forFactory != null) {
      jpaProperties.putIfAbsent(OBSERVER, forFactory.forEntityManagerFactory(beanName));
    }
  }
}
