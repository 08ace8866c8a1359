package dev.autoprofile.hibernate;

import dev.autoprofile.spi.ProfilePair;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.proxy.HibernateProxy;

/**
 * The user and model entities of a persistence unit. Finds the {@link UserPairs} of an entity instance: a map lookup on the hot path, computed per
 * class once (subclasses and bytecode proxies resolve to their mapped ancestor).
 */
final class UserTypes {
  private final Map<Class<?>, UserPairs> byMappedClass;
  private final Set<Class<?>> modelClasses;
  private final ClassValue<Boolean> isModel =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (modelClasses.contains(c)) {
              return Boolean.TRUE;
            }
          }
          return Boolean.FALSE;
        }
      };
  private final ClassValue<UserPairs> byClass =
      new ClassValue<>() {
        @Override
        protected UserPairs computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            UserPairs pairs = byMappedClass.get(c);
            if (pairs != null) {
              return pairs;
            }
          }
          return null;
        }
      };

  /** Whether an instance of a class, or of one of its subclasses, may be a user with profiles to remove. */
  private final ClassValue<Boolean> mayRemoveProfiles =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return byMappedClass.entrySet().stream()
              .anyMatch(e -> type.isAssignableFrom(e.getKey()) && !e.getValue().removal().isEmpty());
        }
      };

  /**
   * The removal plan that serves an uninitialized reference of a class without loading it: that
   * of the class itself where no other mapped class extends it and every profile is found by query;
   * null where the user must be loaded first.
   */
  private final ClassValue<RemovalPlan> referenceRemoval =
      new ClassValue<>() {
        @Override
        protected RemovalPlan computeValue(Class<?> type) {
          UserPairs pairs = byMappedClass.get(type);
          boolean extended = byMappedClass.keySet().stream().anyMatch(c -> c != type && type.isAssignableFrom(c));
          if (pairs == null || extended) {
            return null;
          }
          RemovalPlan plan = pairs.removal();
          return plan.removals().stream().anyMatch(removal -> removal.held) ? null : plan;
        }
      };

  /** The pairs declared by {@code @ProfileOf} on their model, by identity. */
  private final Set<ProfilePair<?, ?>> declaredOnModel;

  UserTypes(Map<Class<?>, UserPairs> byMappedClass) {
    this(byMappedClass, Set.of());
  }

  /** @param declaredOnModel the pairs declared by {@code @ProfileOf} */
  UserTypes(Map<Class<?>, UserPairs> byMappedClass, Set<ProfilePair<?, ?>> declaredOnModel) {
    this.declaredOnModel = Set.copyOf(declaredOnModel); // ProfilePair keeps Object's identity equals
    this.byMappedClass = Map.copyOf(byMappedClass);
    // the models of both sides: a @ProfileOf pair is among the pairs of every user it covers
    this.modelClasses = byMappedClass.values().stream()
        .flatMap(pairs -> pairs.pairs().stream())
        .map(pair -> pair.modelType())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Every user entity class of the unit and its pairs. */
  Map<Class<?>, UserPairs> byMappedClass() {
    return byMappedClass;
  }

  /** Whether {@code pair} was declared by {@code @ProfileOf} on its model, not by {@code @AutoProfile}. */
  boolean declaredOnModel(ProfilePair<?, ?> pair) {
    return declaredOnModel.contains(pair);
  }

  boolean isEmpty() {
    return byMappedClass.isEmpty();
  }

  /** Whether {@code entity} is an instance of a profile model (proxies are not: they exist already). */
  boolean isModel(Object entity) {
    return entity != null && isModel.get(entity.getClass());
  }

  /**
   * Whether removing an instance of {@code type} (a proxy's class: the instance may be of a
   * subclass) may remove profiles.
   */
  boolean mayRemoveProfiles(Class<?> type) {
    return mayRemoveProfiles.get(type);
  }

  /** {@link #referenceRemoval}'s plan for an uninitialized reference of {@code type}, or null. */
  RemovalPlan referenceRemoval(Class<?> type) {
    return referenceRemoval.get(type);
  }

  /** The pairs of {@code entity}, or null when it is not a user entity. */
  UserPairs of(Object entity) {
    if (entity == null) {
      return null;
    }
    Class<?> type = entity instanceof HibernateProxy proxy
        ? proxy.getHibernateLazyInitializer().getPersistentClass()
        : entity.getClass();
    return byClass.get(type);
  }
}
