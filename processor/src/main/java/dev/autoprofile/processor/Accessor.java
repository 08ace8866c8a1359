package dev.autoprofile.processor;

/**
 * How generated code reads or writes one attribute: through a method, or directly through a
 * field the listener can reach.
 *
 * @param name the method or field name
 */
record Accessor(Kind kind, String name) {
  enum Kind {
    METHOD,
    FIELD
  }

  static Accessor method(String name) {
    return new Accessor(Kind.METHOD, name);
  }

  static Accessor field(String name) {
    return new Accessor(Kind.FIELD, name);
  }

  boolean isMethod() {
    return kind == Kind.METHOD;
  }
}
