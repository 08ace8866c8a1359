/**
 * The contract between generated {@code <Class>_AutoProfileListener} classes and the runtime, and the
 * hooks of framework integrations.
 *
 * <p>Generated code extends {@link dev.autoprofile.spi.AutoProfileListener} and describes each
 * user → model pair with a nested subclass of {@link dev.autoprofile.spi.ProfilePair}. Integrations
 * (the Spring Boot module) count what AutoProfile does with a {@link dev.autoprofile.spi.ProfileObserver}
 * and list a unit's pairs with {@link dev.autoprofile.spi.RegisteredPairs}. Applications do not use
 * this package.
 */
package dev.autoprofile.spi;
