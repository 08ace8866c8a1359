package dev.autoprofile;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares the annotated entity the profile of another entity, the user, which itself carries
 * nothing: the user may live in another module, or in a jar compiled without AutoProfile. Django's
 * receiver lives with the profile, and {@code User} is never edited; so here.
 *
 * <pre>{@code
 * @Entity
 * @ProfileOf(User.class)
 * public class BillingAccount {
 *   @OneToOne(optional = false) User user;
 *   ...
 * }
 * }</pre>
 *
 * <p>Behaves exactly as {@code @AutoProfile(model = BillingAccount.class)} on the user would: the
 * annotation processor checks the pair at compile time and generates
 * {@code BillingAccount_AutoProfileListener}; the runtime loads it by that name.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface ProfileOf {

  /**
   * The user entity ({@code @Entity}, abstract allowed); the profile is created for it and for
   * each of its entity subclasses.
   */
  Class<?> value();

  /**
   * The attribute of the annotated class that references the user; needed only when it has more
   * than one attribute of the user's type.
   */
  String mappedBy() default "";

  /** What saving an existing user does to its profile. */
  OnUpdate onUpdate() default OnUpdate.SAVE;

  /** What removing a user does to its profile. */
  OnDelete onDelete() default OnDelete.DELETE;
}
