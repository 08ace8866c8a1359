package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.AutoProfileException;
import dev.autoprofile.ProfileOf;
import dev.autoprofile.spi.AutoProfileListener;
import dev.autoprofile.spi.ProfilePair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.mapping.PersistentClass;

/**
 * Loads, once at bootstrap, the generated listener of every class carrying {@code @AutoProfile} or
 * {@code @ProfileOf} in the hierarchy of an entity of a persistence unit, by its conventional name:
 * no classpath scan, no services file. A missing listener stops bootstrap, because a user saved
 * without its profile would be lost data.
 *
 * <p>A pair belongs to every entity class of the unit its user type is assignable from, whichever
 * side declared it: {@code @AutoProfile} on the user (or a superclass of it) or {@code @ProfileOf}
 * on the model. An entity's pairs are ordered from the root of its hierarchy, and for one user type
 * user-side pairs (in the order of their annotations) before model-side ones (by model name).
 */
final class ListenerLoader {
  /** The generated listener of each annotated class, loaded once however many entities it covers. */
  private final Map<Class<?>, AutoProfileListener> listeners = new LinkedHashMap<>();

  UserTypes load(Collection<PersistentClass> entityBindings) {
    Map<Class<?>, PersistentClass> entities = new LinkedHashMap<>();
    for (PersistentClass binding : entityBindings) {
      if (binding.getClassName() != null) {
        entities.put(binding.getMappedClass(), binding);
      }
    }
    for (Class<?> entity : entities.keySet()) {
      for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
        String annotation = annotationOn(type);
        if (annotation != null && !listeners.containsKey(type)) {
          listeners.put(type, instantiate(type, entity, annotation));
        }
      }
    }
    List<DeclaredPair> declared = declaredPairs(entities);
    Map<Class<?>, UserPairs> byMappedClass = new HashMap<>();
    for (Map.Entry<Class<?>, PersistentClass> entity : entities.entrySet()) {
      List<ProfilePair<Object, Object>> pairs = new ArrayList<>();
      for (DeclaredPair pair : declared) {
        if (pair.pair.userType().isAssignableFrom(entity.getKey())) {
          requireEntity(pair, entity.getKey(), entities);
          pairs.add(pair.pair);
        }
      }
      if (!pairs.isEmpty()) {
        byMappedClass.put(entity.getKey(), new UserPairs(pairs, RemovalPlan.of(pairs, entity.getValue(), entities)));
      }
    }
    Set<ProfilePair<?, ?>> declaredOnModel = new HashSet<>();
    declared.stream().filter(pair -> !pair.isUserSide()).forEach(pair -> declaredOnModel.add(pair.pair));
    return new UserTypes(byMappedClass, declaredOnModel);
  }

  /** "@AutoProfile" or "@ProfileOf" (or both), as {@code type} carries them; null if neither. */
  private static String annotationOn(Class<?> type) {
    boolean user = type.isAnnotationPresent(AutoProfile.class) || type.isAnnotationPresent(AutoProfile.List.class);
    boolean model = type.isAnnotationPresent(ProfileOf.class);
    return user && model ? "@AutoProfile and @ProfileOf" : user ? "@AutoProfile" : model ? "@ProfileOf" : null;
  }

  /**
   * Every pair of the loaded listeners, in the order every entity's pairs keep, checked: no pair
   * declared twice, no {@code @ProfileOf} whose user is not an entity of the unit.
   */
  private List<DeclaredPair> declaredPairs(Map<Class<?>, PersistentClass> entities) {
    List<DeclaredPair> declared = new ArrayList<>();
    Map<List<Class<?>>, DeclaredPair> byTypes = new HashMap<>();
    for (AutoProfileListener listener : listeners.values()) {
      for (ProfilePair<?, ?> generated : listener.pairs()) {
        DeclaredPair pair = new DeclaredPair(erase(generated), listener.annotatedType());
        DeclaredPair twin = byTypes.putIfAbsent(List.of(generated.userType(), generated.modelType()), pair);
        if (twin != null) {
          throw declaredTwice(twin, pair);
        }
        if (!pair.isUserSide() && !entities.containsKey(generated.userType())) {
          throw new AutoProfileException(
              "@ProfileOf on " + generated.modelType().getName() + " names the user entity "
                  + generated.userType().getName() + ", which is not an entity of this persistence unit, so "
                  + "its users would never get the profile. Add " + generated.userType().getName()
                  + " to the persistence unit (persistence.xml <class>, Spring's entity scan, or "
                  + "MetadataSources#addAnnotatedClass), or remove @ProfileOf from " + generated.modelType().getName()
                  + ".");
        }
        declared.add(pair);
      }
    }
    declared.sort(Comparator.comparingInt((DeclaredPair pair) -> depth(pair.pair.userType()))
        .thenComparing(pair -> pair.pair.userType().getName())
        .thenComparing(pair -> !pair.isUserSide())
        .thenComparing(pair -> pair.isUserSide() ? "" : pair.pair.modelType().getName()));
    return declared;
  }

  private static AutoProfileException declaredTwice(DeclaredPair first, DeclaredPair second) {
    String user = first.pair.userType().getName();
    String model = first.pair.modelType().getName();
    return new AutoProfileException(
        "The profile pair " + user + " -> " + model + " is declared twice: by " + first.declaration()
            + " and by " + second.declaration() + " (compiled apart, so the annotation processor could not "
            + "see both). Every user would get two profiles of " + model + ": keep one of them.");
  }

  private static int depth(Class<?> type) {
    int depth = 0;
    for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
      depth++;
    }
    return depth;
  }

  @SuppressWarnings("unchecked")
  private static ProfilePair<Object, Object> erase(ProfilePair<?, ?> pair) {
    return (ProfilePair<Object, Object>) pair;
  }

  private static AutoProfileListener instantiate(Class<?> annotated, Class<?> entity, String annotation) {
    String name = ListenerNames.listenerFor(annotated);
    Class<?> listenerClass;
    try {
      listenerClass = Class.forName(name, true, annotated.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AutoProfileException(
          "Entity " + entity.getName() + " is covered by " + annotation + " on " + annotated.getName()
              + ", but its generated listener " + name + " is not on the class path: the "
              + "annotation processor did not run where " + annotated.getSimpleName() + " was compiled. Add "
              + "dev.autoprofile:autoprofile-processor to that module's maven-compiler-plugin "
              + "<annotationProcessorPaths> (Gradle: annotationProcessor), and on JDK 23+ compile with "
              + "-proc:full if processors come from the class path.",
          e);
    }
    Object listener;
    try {
      listener = listenerClass.getConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new AutoProfileException(
          "Could not instantiate " + name + ", the generated listener of " + annotated.getName()
              + ": " + e + ". Rebuild the project so that it is generated again by the same "
              + "autoprofile-processor version as the autoprofile-runtime on the class path.",
          e);
    }
    if (!(listener instanceof AutoProfileListener generated) || generated.annotatedType() != annotated) {
      throw new AutoProfileException(
          name + " is not the AutoProfile listener of " + annotated.getName() + ". Do not name "
              + "classes *" + ListenerNames.SUFFIX + "; the annotation processor generates them.");
    }
    return generated;
  }

  private static void requireEntity(DeclaredPair pair, Class<?> entity, Map<Class<?>, PersistentClass> entities) {
    if (!entities.containsKey(pair.pair.modelType())) {
      throw new AutoProfileException(
          "The profile model " + pair.pair.modelType().getName() + " of entity " + entity.getName()
              + " is not an entity of this persistence unit. Add it to the persistence unit "
              + "(persistence.xml <class>, Spring's entity scan, or MetadataSources#addAnnotatedClass).");
    }
  }

  /** A pair and the class whose annotation declared it. */
  private record DeclaredPair(ProfilePair<Object, Object> pair, Class<?> annotated) {
    /** Declared by {@code @AutoProfile} on the user (or a superclass), not by {@code @ProfileOf} on the model. */
    boolean isUserSide() {
      return pair.modelType() != annotated;
    }

    String declaration() {
      return isUserSide()
          ? "@AutoProfile(model = " + pair.modelType().getSimpleName() + ".class) on " + annotated.getName()
          : "@ProfileOf(" + pair.userType().getSimpleName() + ".class) on " + annotated.getName();
    }
  }
}
