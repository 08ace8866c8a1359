package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole text of generated listeners, compared with {@code src/test/resources/expected/}: any
 * change to the output is a reviewed diff. On a mismatch the actual text is written to {@code
 * target/golden-actual/} for review.
 */
class GoldenFileTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("constructor taking the user, inverse side by accessors",
            "constructor/User_AutoProfileListener.java", "good.constructor.User_AutoProfileListener",
            new String[] {"constructor/User.java", "constructor/Profile.java"}),
        Arguments.of("no-arg constructor and setter, model by convention",
            "setter/Account_AutoProfileListener.java", "good.setter.Account_AutoProfileListener",
            new String[] {"setter/Account.java", "setter/AccountProfile.java"}),
        Arguments.of("field access on both sides, onUpdate IGNORE",
            "field/Customer_AutoProfileListener.java", "good.field.Customer_AutoProfileListener",
            new String[] {"field/Customer.java", "field/CustomerProfile.java"}),
        Arguments.of("@MapsId shared key",
            "mapsid/Person_AutoProfileListener.java", "good.mapsid.Person_AutoProfileListener",
            new String[] {"mapsid/Person.java", "mapsid/PersonDetails.java"}),
        Arguments.of("several models, mappedBy",
            "several/Player_AutoProfileListener.java", "good.several.Player_AutoProfileListener",
            new String[] {"several/Player.java", "several/Stats.java", "several/Preferences.java"}),
        Arguments.of("nested user class",
            "nested/Outer_User_AutoProfileListener.java", "good.nested.Outer_User_AutoProfileListener",
            new String[] {"nested/Outer.java"}),
        Arguments.of("property access: annotated getters, field named otherwise",
            "property/Member_AutoProfileListener.java", "good.property.Member_AutoProfileListener",
            new String[] {"property/Member.java", "property/MemberCard.java"}),
        Arguments.of("abstract base entity",
            "inherited/Party_AutoProfileListener.java", "good.inherited.Party_AutoProfileListener",
            new String[] {"inherited/Party.java", "inherited/Company.java", "inherited/PartyProfile.java"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatesExpectedSource(String description, String expected, String listener, String[] sources)
      throws IOException {
    JavaFileObject[] files = Arrays.stream(sources).map(Compilations::good).toArray(JavaFileObject[]::new);
    Compilation compilation = Compilations.javac().compile(files);

    assertThat(compilation).succeededWithoutWarnings();
    String actual = Compilations.text(compilation.generatedSourceFile(listener).orElseThrow());
    var resource = GoldenFileTest.class.getClassLoader().getResource("expected/" + expected);
    String wanted = resource == null ? "(missing)" : Compilations.text(JavaFileObjects.forResource(resource));
    if (!actual.equals(wanted)) {
      Path dump = Path.of("target/golden-actual", expected);
      Files.createDirectories(dump.getParent());
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("generated %s (actual text in target/golden-actual/%s)", listener, expected)
        .that(actual).isEqualTo(wanted);
  }
}
