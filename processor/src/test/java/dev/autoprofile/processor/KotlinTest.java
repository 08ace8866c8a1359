package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Kotlin profile models, compiled by kotlinc with the {@code jpa} plugin into the test classes
 * (src/test/kotlin), paired with Java users as a module that mixes both, or a Java user of a Kotlin
 * library, compiles them. kapt shows the processor stubs of such classes instead; the Kotlin stack
 * ({@code stacks/kotlin}) covers that path.
 */
class KotlinTest {

  /** A Java user of {@code model}, extending the Kotlin fixtures' {@code Account}. */
  private static JavaFileObject userOf(String model) {
    return Compilations.source("kotlinusers.Member", String.join("\n",
        "package kotlinusers;",
        "",
        "import dev.autoprofile.AutoProfile;",
        "import jakarta.persistence.Entity;",
        "import kotlinfixtures." + model + ";",
        "",
        "@Entity",
        "@AutoProfile(model = " + model + ".class)",
        "public class Member extends kotlinfixtures.Account {}"));
  }

  private static Compilation compileUserOf(String model) {
    Compilation compilation = Compilations.autoProfile().compile(userOf(model));
    Compilations.assertNoCrash(compilation);
    return compilation;
  }

  private static String listener(Compilation compilation) {
    return Compilations.text(compilation.generatedSourceFile("kotlinusers.Member_AutoProfileListener").orElseThrow());
  }

  @Test
  void defaultsJavaCannotSeeAreAnError() {
    Compilation compilation = compileUserOf("DefaultsProfile");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[AutoProfileKotlinConstructor] The Kotlin profile model DefaultsProfile has no constructor "
            + "DefaultsProfile(Member) that Java");
    assertThat(compilation).hadErrorContaining("Add @JvmOverloads to that constructor");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }

  @Test
  void theUserAfterADefaultIsAnErrorToo() {
    assertThat(compileUserOf("UserLastProfile")).hadErrorContaining(
        "[AutoProfileKotlinConstructor] The Kotlin profile model UserLastProfile");
  }

  @Test
  void defaultsOfASecondaryConstructorAreAnErrorToo() {
    assertThat(compileUserOf("SecondaryDefaultsProfile")).hadErrorContaining(
        "[AutoProfileKotlinConstructor] The Kotlin profile model SecondaryDefaultsProfile");
  }

  /** kotlinc writes AllDefaultsProfile(), which applies the defaults; the listener then sets the user. */
  @Test
  void defaultsForEveryParameterGiveJavaANoArgumentConstructor() {
    Compilation compilation = compileUserOf("AllDefaultsProfile");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(listener(compilation)).contains("AllDefaultsProfile profile = new AllDefaultsProfile();");
    assertThat(listener(compilation)).contains("profile.setAccount(user);");
  }

  @Test
  void jvmOverloadsIsCalledWithTheUser() {
    Compilation compilation = compileUserOf("OverloadsProfile");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(listener(compilation)).contains("return new OverloadsProfile(user);");
  }

  @Test
  void aSecondaryConstructorIsCalledWithTheUser() {
    Compilation compilation = compileUserOf("SecondaryProfile");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(listener(compilation)).contains("return new SecondaryProfile(user);");
  }

  /** Kotlin cannot build these with the user alone either: the usual rules decide, not this one. */
  @Test
  void withoutDefaultsForAllOtherParametersTheKotlinCheckStaysQuiet() {
    for (String model : new String[] {"NoDefaultsProfile", "SomeDefaultsProfile"}) {
      Compilation compilation = compileUserOf(model);

      assertWithMessage("diagnostics of %s", model)
          .that(compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList().toString())
          .doesNotContain("AutoProfileKotlinConstructor");
    }
  }

  /** The same shape in Java: a constructor with more parameters is Java's own business. */
  @Test
  void aJavaModelIsUntouched() {
    JavaFileObject model = Compilations.source("kotlinusers.JavaProfile", String.join("\n",
        "package kotlinusers;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Entity",
        "public class JavaProfile {",
        "  @Id @GeneratedValue Long id;",
        "  @OneToOne(optional = false) kotlinfixtures.Account account;",
        "  String displayName;",
        "",
        "  public JavaProfile() {}",
        "  public JavaProfile(kotlinfixtures.Account account, String displayName) {",
        "    this.account = account;",
        "    this.displayName = displayName;",
        "  }",
        "  public void setAccount(kotlinfixtures.Account account) { this.account = account; }",
        "}"));
    JavaFileObject user = Compilations.source("kotlinusers.Member", String.join("\n",
        "package kotlinusers;",
        "",
        "@jakarta.persistence.Entity",
        "@dev.autoprofile.AutoProfile(model = JavaProfile.class)",
        "public class Member extends kotlinfixtures.Account {}"));
    Compilation compilation = Compilations.autoProfile().compile(user, model);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(listener(compilation)).contains("JavaProfile profile = new JavaProfile();");
  }
}
