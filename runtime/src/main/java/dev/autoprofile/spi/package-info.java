/**
 * The contract between generated {@code <User>_AutoProfileListener} classes and the runtime.
 *
 * <p>Generated code extends {@link dev.autoprofile.spi.AutoProfileListener} and describes each
 * profile with a nested subclass of {@link dev.autoprofile.spi.ProfileModel}; applications do not
 * use this package.
 */
package dev.autoprofile.spi;
