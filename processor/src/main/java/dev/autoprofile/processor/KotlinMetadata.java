package dev.autoprofile.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The constructors of a Kotlin class as Kotlin declares them, read from its {@code @kotlin.Metadata}:
 * which value parameters declare a default value, which Java's view of the class (and so
 * {@code javax.lang.model}) does not show. kotlinc writes the annotation on class files and kapt on
 * its stubs. Only the few protobuf fields needed are decoded (the format of kotlinx-metadata's
 * {@code metadata.proto}), so the processor needs no Kotlin library at run time.
 */
final class KotlinMetadata {
  static final String METADATA = "kotlin.Metadata";

  /** {@code k} of a class; files, facades and lambdas have other kinds and no constructors. */
  private static final int CLASS_KIND = 1;
  /** How kotlinc has written {@code d1} since Kotlin 1.x: one char per byte after this marker. */
  private static final char UTF8_MODE_MARKER = '\u0000';
  /** {@code Class.constructor}, {@code Constructor.flags}, {@code Constructor.value_parameter}, {@code ValueParameter.flags}. */
  private static final int CLASS_CONSTRUCTOR = 8;
  private static final int CONSTRUCTOR_FLAGS = 1;
  private static final int CONSTRUCTOR_VALUE_PARAMETER = 2;
  private static final int VALUE_PARAMETER_FLAGS = 1;
  /** A constructor's flags: HAS_ANNOTATIONS (bit 0), VISIBILITY (bits 1 to 3), IS_SECONDARY. */
  private static final int IS_SECONDARY = 1 << 4;
  /** A value parameter's flags: HAS_ANNOTATIONS (bit 0), DECLARES_DEFAULT_VALUE. */
  private static final int DECLARES_DEFAULT_VALUE = 1 << 1;

  /**
   * A Kotlin constructor: whether it is a secondary one, and for each value parameter whether it
   * declares a default value.
   */
  record Constructor(boolean secondary, List<Boolean> defaults) {
    /**
     * Whether Kotlin code can call it with one argument, at {@code index} of {@code arity}
     * parameters, while Java cannot: every other parameter has a default, and Java gets no
     * no-argument overload (kotlinc writes one for a primary constructor whose parameters all have
     * defaults, and that one does apply them).
     */
    boolean defaultsAllBut(int index, int arity) {
      if (defaults.size() != arity || arity < 2 || (!secondary && !defaults.contains(false))) {
        return false;
      }
      for (int i = 0; i < arity; i++) {
        if (i != index && !defaults.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  private KotlinMetadata() {}

  /**
   * The Kotlin constructors of {@code type}; empty if it is no Kotlin class or its metadata is in a
   * form this reader does not know, where nothing can be said about defaults.
   */
  static Optional<List<Constructor>> constructorsOf(Element type) {
    AnnotationMirror metadata = Mirrors.find(type, METADATA);
    if (metadata == null) {
      return Optional.empty();
    }
    AnnotationValue kind = Mirrors.explicitValue(metadata, "k");
    int k = kind != null && kind.getValue() instanceof Integer value ? value : CLASS_KIND;
    List<String> d1 = Mirrors.array(metadata, "d1").stream().map(v -> String.valueOf(v.getValue())).toList();
    return constructors(k, d1);
  }

  /** The constructors that {@code d1} of a {@code @kotlin.Metadata} of kind {@code k} declares. */
  static Optional<List<Constructor>> constructors(int k, List<String> d1) {
    String data = String.join("", d1);
    if (k != CLASS_KIND || data.isEmpty() || data.charAt(0) != UTF8_MODE_MARKER) {
      return Optional.empty();
    }
    byte[] bytes = new byte[data.length() - 1];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) data.charAt(i + 1);
    }
    try {
      ProtoReader reader = new ProtoReader(bytes, 0, bytes.length);
      reader.skipBytes((int) reader.varint()); // the string table, delimited; the Class message follows
      List<Constructor> constructors = new ArrayList<>();
      while (reader.hasMore()) {
        long tag = reader.varint();
        if (field(tag) == CLASS_CONSTRUCTOR && wireType(tag) == ProtoReader.LENGTH_DELIMITED) {
          constructors.add(constructor(reader.message()));
        } else {
          reader.skip(tag);
        }
      }
      return Optional.of(List.copyOf(constructors));
    } catch (MalformedException e) {
      return Optional.empty();
    }
  }

  private static Constructor constructor(ProtoReader reader) {
    long flags = 6; // the field's default: public, primary
    List<Boolean> defaults = new ArrayList<>();
    while (reader.hasMore()) {
      long tag = reader.varint();
      if (field(tag) == CONSTRUCTOR_FLAGS && wireType(tag) == ProtoReader.VARINT) {
        flags = reader.varint();
      } else if (field(tag) == CONSTRUCTOR_VALUE_PARAMETER && wireType(tag) == ProtoReader.LENGTH_DELIMITED) {
        defaults.add((valueParameterFlags(reader.message()) & DECLARES_DEFAULT_VALUE) != 0);
      } else {
        reader.skip(tag);
      }
    }
    return new Constructor((flags & IS_SECONDARY) != 0, List.copyOf(defaults));
  }

  private static long valueParameterFlags(ProtoReader reader) {
    long flags = 0; // the field's default
    while (reader.hasMore()) {
      long tag = reader.varint();
      if (field(tag) == VALUE_PARAMETER_FLAGS && wireType(tag) == ProtoReader.VARINT) {
        flags = reader.varint();
      } else {
        reader.skip(tag);
      }
    }
    return flags;
  }

  private static int field(long tag) {
    return (int) (tag >>> 3);
  }

  private static int wireType(long tag) {
    return (int) (tag & 7);
  }

  /** Protocol buffers' wire format, as far as metadata uses it: no groups. */
  private static final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private int position;
    private final int end;

    ProtoReader(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    boolean hasMore() {
      return position < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new MalformedException();
        }
        byte b = bytes[position++];
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new MalformedException();
    }

    /** The embedded message that starts here, as a reader of its own; this one moves past it. */
    ProtoReader message() {
      int length = length();
      ProtoReader embedded = new ProtoReader(bytes, position, position + length);
      position += length;
      return embedded;
    }

    /** Skips the value of a field whose tag was just read. */
    void skip(long tag) {
      switch (wireType(tag)) {
        case VARINT -> varint();
        case FIXED64 -> skipBytes(8);
        case LENGTH_DELIMITED -> skipBytes(length());
        case FIXED32 -> skipBytes(4);
        default -> throw new MalformedException();
      }
    }

    void skipBytes(int count) {
      if (count < 0 || count > end - position) {
        throw new MalformedException();
      }
      position += count;
    }

    private int length() {
      long length = varint();
      if (length > end - position) {
        throw new MalformedException();
      }
      return (int) length;
    }
  }

  /** Metadata this reader cannot make sense of: then it says nothing rather than guess. */
  private static final class MalformedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedException() {
      super(null, null, false, false);
    }
  }
}
