package dev.autoprofile.hibernate;

/** The naming convention shared with the annotation processor. */
final class ListenerNames {
  static final String SUFFIX = "_AutoProfileListener";

  private ListenerNames() {}

  /** {@code com.acme.User} → {@code com.acme.User_AutoProfileListener}; nested {@code Outer.User} → {@code Outer_User_...}. */
  static String listenerFor(Class<?> annotated) {
    StringBuilder simpleNames = new StringBuilder(annotated.getSimpleName());
    for (Class<?> outer = annotated.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      simpleNames.insert(0, '_').insert(0, outer.getSimpleName());
    }
    String pkg = annotated.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + simpleNames + SUFFIX;
  }
}
