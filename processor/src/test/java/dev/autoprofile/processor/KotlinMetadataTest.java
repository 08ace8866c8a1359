package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.autoprofile.processor.KotlinMetadata.Constructor;
import java.util.List;
import java.util.Optional;
import kotlin.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The metadata reader on what kotlinc wrote for the fixtures of src/test/kotlin, read here through
 * reflection, and on metadata it must refuse to guess about.
 */
class KotlinMetadataTest {

  private static Metadata metadataOf(String fixture) throws ClassNotFoundException {
    return Class.forName("kotlinfixtures." + fixture).getAnnotation(Metadata.class);
  }

  private static Optional<List<Constructor>> constructorsOf(String fixture) throws ClassNotFoundException {
    Metadata metadata = metadataOf(fixture);
    return KotlinMetadata.constructors(metadata.k(), List.of(metadata.d1()));
  }

  private static Constructor constructor(Boolean... defaults) {
    return new Constructor(false, List.of(defaults));
  }

  private static Constructor secondary(Boolean... defaults) {
    return new Constructor(true, List.of(defaults));
  }

  @Test
  void defaultValuesOfThePrimaryConstructor() throws ClassNotFoundException {
    assertThat(constructorsOf("DefaultsProfile")).hasValue(List.of(constructor(false, true)));
    assertThat(constructorsOf("UserLastProfile")).hasValue(List.of(constructor(true, false)));
    assertThat(constructorsOf("NoDefaultsProfile")).hasValue(List.of(constructor(false, false)));
    assertThat(constructorsOf("SomeDefaultsProfile")).hasValue(List.of(constructor(false, false, true)));
  }

  @Test
  void jvmOverloadsLeavesOneKotlinConstructor() throws ClassNotFoundException {
    assertThat(constructorsOf("OverloadsProfile")).hasValue(List.of(constructor(false, true)));
  }

  @Test
  void secondaryConstructorsAreListedToo() throws ClassNotFoundException {
    assertThat(constructorsOf("SecondaryProfile")).hasValue(List.of(constructor(false, true), secondary(false)));
    assertThat(constructorsOf("SecondaryDefaultsProfile"))
        .hasValue(List.of(constructor(false, false), secondary(false, true, true)));
  }

  @Test
  void aConstructorWithoutParameters() throws ClassNotFoundException {
    assertThat(constructorsOf("Account")).hasValue(List.of(constructor()));
  }

  @Test
  void defaultsAllBut() {
    assertThat(constructor(false, true, true).defaultsAllBut(0, 3)).isTrue();
    assertThat(constructor(true, false).defaultsAllBut(1, 2)).isTrue();
    assertThat(constructor(false, false, true).defaultsAllBut(0, 3)).isFalse();
    assertWithMessage("another arity").that(constructor(false, true).defaultsAllBut(0, 3)).isFalse();
    assertWithMessage("Java has the no-argument overload").that(constructor(true, true).defaultsAllBut(0, 2)).isFalse();
    assertWithMessage("only for a primary constructor").that(secondary(true, true).defaultsAllBut(0, 2)).isTrue();
    assertWithMessage("one parameter: Java sees it").that(constructor(false).defaultsAllBut(0, 1)).isFalse();
  }

  @Test
  void whatItCannotReadSaysNothing() throws ClassNotFoundException {
    String d1 = String.join("", metadataOf("DefaultsProfile").d1());
    assertWithMessage("a file facade").that(KotlinMetadata.constructors(2, List.of(d1))).isEmpty();
    assertWithMessage("no data").that(KotlinMetadata.constructors(1, List.of())).isEmpty();
    assertWithMessage("the old 8-to-7 encoding")
        .that(KotlinMetadata.constructors(1, List.of("\u0001" + d1.substring(1)))).isEmpty();
    assertWithMessage("a length past the end").that(KotlinMetadata.constructors(1, List.of("\u0000\u0005"))).isEmpty();
    // an empty string table, then field 8 as a group (wire type 3), which metadata never uses
    assertWithMessage("a group").that(KotlinMetadata.constructors(1, List.of("\u0000\u0000\u0043\u0001"))).isEmpty();
  }
}
