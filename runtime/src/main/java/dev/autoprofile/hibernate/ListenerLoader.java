package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.AutoProfileException;
import dev.autoprofile.spi.AutoProfileListener;
import dev.autoprofile.spi.ProfilePair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.mapping.PersistentClass;

/**
 * Loads, once at bootstrap, the generated listener of every {@code @AutoProfile} class in a
 * persistence unit, by its conventional name: no classpath scan, no services file. A missing
 * listener stops bootstrap, because a user saved without its profile would be lost data.
 */
final class ListenerLoader {
  private final Map<Class<?>, List<ProfilePair<Object, Object>>> pairsByAnnotated = new HashMap<>();

  UserTypes load(Collection<PersistentClass> entityBindings) {
    Set<Class<?>> entityClasses = new HashSet<>();
    for (PersistentClass binding : entityBindings) {
      if (binding.getClassName() != null) {
        entityClasses.add(binding.getMappedClass());
      }
    }
    Map<Class<?>, UserPairs> byMappedClass = new HashMap<>();
    for (Class<?> entity : entityClasses) {
      List<ProfilePair<Object, Object>> pairs = new ArrayList<>();
      for (Class<?> type : rootFirst(entity)) {
        if (type.isAnnotationPresent(AutoProfile.class) || type.isAnnotationPresent(AutoProfile.List.class)) {
          pairs.addAll(pairsOf(type, entity));
        }
      }
      if (!pairs.isEmpty()) {
        for (ProfilePair<Object, Object> pair : pairs) {
          requireEntity(pair, entity, entityClasses);
        }
        byMappedClass.put(entity, new UserPairs(pairs));
      }
    }
    return new UserTypes(byMappedClass);
  }

  private static Deque<Class<?>> rootFirst(Class<?> entity) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.addFirst(c);
    }
    return hierarchy;
  }

  private List<ProfilePair<Object, Object>> pairsOf(Class<?> annotated, Class<?> entity) {
    return pairsByAnnotated.computeIfAbsent(annotated, type -> instantiate(type, entity).pairs()
        .stream().map(ListenerLoader::erase).toList());
  }

  @SuppressWarnings("unchecked")
  private static ProfilePair<Object, Object> erase(ProfilePair<?, ?> pair) {
    return (ProfilePair<Object, Object>) pair;
  }

  private static AutoProfileListener instantiate(Class<?> annotated, Class<?> entity) {
    String name = ListenerNames.listenerFor(annotated);
    Class<?> listenerClass;
    try {
      listenerClass = Class.forName(name, true, annotated.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AutoProfileException(
          "Entity " + entity.getName() + " is covered by @AutoProfile on " + annotated.getName()
              + ", but its generated listener " + name + " is not on the class path: the "
              + "annotation processor did not run. Add dev.autoprofile:autoprofile-processor to "
              + "maven-compiler-plugin's <annotationProcessorPaths> (Gradle: annotationProcessor), "
              + "and on JDK 23+ compile with -proc:full if processors come from the class path.",
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

  private static void requireEntity(ProfilePair<?, ?> pair, Class<?> entity, Set<Class<?>> entityClasses) {
    if (!entityClasses.contains(pair.modelType())) {
      throw new AutoProfileException(
          "The profile model " + pair.modelType().getName() + " of entity " + entity.getName()
              + " is not an entity of this persistence unit. Add it to the persistence unit "
              + "(persistence.xml <class>, Spring's entity scan, or MetadataSources#addAnnotatedClass).");
    }
  }
}
