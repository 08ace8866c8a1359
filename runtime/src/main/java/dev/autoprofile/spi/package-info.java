/**
 * The contract between generated {@code <User>_AutoProfileListener} classes and the runtime.
 *
 * <p>Generated code implements {@link dev.autoprofile.spi.AutoProfileListener} and describes each
 * profile with a {@link dev.autoprofile.spi.ProfileModel}; applications do not use this package.
 */
package dev.autoprofile.spi;
