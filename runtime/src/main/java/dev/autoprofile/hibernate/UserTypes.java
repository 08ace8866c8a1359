package dev.autoprofile.hibernate;

import java.util.Map;
import org.hibernate.proxy.HibernateProxy;

/**
 * Finds the {@link UserProfiles} of an entity instance: a map lookup on the hot path, computed per
 * class once (subclasses and bytecode proxies resolve to their mapped ancestor).
 */
final class UserTypes {
  private final Map<Class<?>, UserProfiles> byMappedClass;
  private final ClassValue<UserProfiles> byClass =
      new ClassValue<>() {
        @Override
        protected UserProfiles computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            UserProfiles profiles = byMappedClass.get(c);
            if (profiles != null) {
              return profiles;
            }
          }
          return null;
        }
      };

  UserTypes(Map<Class<?>, UserProfiles> byMappedClass) {
    this.byMappedClass = Map.copyOf(byMappedClass);
  }

  boolean isEmpty() {
    return byMappedClass.isEmpty();
  }

  /** The profiles of {@code entity}, or null when it is not a user entity. */
  UserProfiles of(Object entity) {
    if (entity == null) {
      return null;
    }
    Class<?> type = entity instanceof HibernateProxy proxy
        ? proxy.getHibernateLazyInitializer().getPersistentClass()
        : entity.getClass();
    return byClass.get(type);
  }
}
