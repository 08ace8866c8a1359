package dev.autoprofile;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Gives every instance of the annotated JPA entity a profile entity, created when the entity is
 * created and saved when it is saved: the JPA form of Django's {@code post_save} receiver that
 * creates a user's profile.
 *
 * <pre>{@code
 * @Entity
 * @AutoProfile(model = Profile.class)
 * public class User { ... }
 * }</pre>
 *
 * <p>Placed on an {@code @Entity} (abstract allowed) or {@code @MappedSuperclass}, it covers that
 * class and every entity subclass. The annotation processor {@code autoprofile-processor} checks
 * the pair at compile time and generates {@code <User>_AutoProfileListener}; the runtime wires it
 * into Hibernate with no configuration. Where the user entity is not yours to annotate, declare the
 * pair on the model with {@link ProfileOf}.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(AutoProfile.List.class)
public @interface AutoProfile {

  /**
   * The profile entity: an {@code @Entity} with a {@code @OneToOne} attribute of the annotated
   * type. {@code void.class} (the default) means the entity named {@code <UserSimpleName>Profile}
   * in the annotated class's package.
   */
  Class<?> model() default void.class;

  /**
   * The attribute of {@link #model()} that references the user; needed only when the model has
   * more than one attribute of the user's type.
   */
  String mappedBy() default "";

  /** What saving an existing user does to its profile. */
  OnUpdate onUpdate() default OnUpdate.SAVE;

  /** What removing a user does to its profile. */
  OnDelete onDelete() default OnDelete.DELETE;

  /** Holds several {@link AutoProfile} annotations: each model is created. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The profiles of the annotated entity. */
    AutoProfile[] value();
  }
}
