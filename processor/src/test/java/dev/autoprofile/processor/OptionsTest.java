package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final JavaFileObject USER = good("constructor/User.java");
  private static final JavaFileObject PROFILE = good("constructor/Profile.java");
  private static final JavaFileObject PLAYER = good("several/Player.java");
  private static final JavaFileObject STATS = good("several/Stats.java");
  private static final JavaFileObject PREFERENCES = good("several/Preferences.java");

  @Test
  void verbosePrintsOneNotePerGeneratedListener() {
    Compilation compilation = Compilations.autoProfile().withOptions("-Aautoprofile.verbose=true")
        .compile(USER, PROFILE, PLAYER, STATS, PREFERENCES);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("[AutoProfileGenerated] Generated good.constructor.User_AutoProfileListener "
            + "for good.constructor.User.")
        .inFile(USER).onLineContaining("public class User");
    assertThat(compilation)
        .hadNoteContaining("[AutoProfileGenerated] Generated good.several.Player_AutoProfileListener")
        .inFile(PLAYER).onLineContaining("public class Player");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.NOTE)).hasSize(2);
  }

  @Test
  void verboseAloneMeansTrue() {
    Compilation compilation = Compilations.autoProfile().withOptions("-Aautoprofile.verbose").compile(USER, PROFILE);

    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.NOTE)).hasSize(1);
  }

  @Test
  void quietByDefaultAndWithFalse() {
    assertThat(Compilations.tagged(Compilations.autoProfile().compile(USER, PROFILE), Diagnostic.Kind.NOTE)).isEmpty();
    Compilation quiet = Compilations.autoProfile().withOptions("-Aautoprofile.verbose=false").compile(USER, PROFILE);
    assertThat(quiet).succeededWithoutWarnings();
    assertThat(Compilations.tagged(quiet, Diagnostic.Kind.NOTE)).isEmpty();
  }

  @Test
  void unknownValueIsAnErrorListingTheValidOnes() {
    Compilation compilation = Compilations.autoProfile().withOptions("-Aautoprofile.verbose=yes").compile(USER, PROFILE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[AutoProfileInvalidOption] Option -Aautoprofile.verbose=yes is not valid. Valid values: true, false.");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).contains("true, false");
  }
}
