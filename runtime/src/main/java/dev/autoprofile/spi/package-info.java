/**
 * The contract between generated {@code <Class>_AutoProfileListener} classes and the runtime.
 *
 * <p>Generated code extends {@link dev.autoprofile.spi.AutoProfileListener} and describes each
 * user → model pair with a nested subclass of {@link dev.autoprofile.spi.ProfilePair};
 * applications do not use this package.
 */
package dev.autoprofile.spi;
