package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.bad;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The processor where {@code jdk.compiler} (javac's {@code com.sun.source} Tree API) cannot be
 * loaded, as in an Eclipse IDE whose ECJ runs processors on a JRE without that module or behind
 * OSGi's class loaders: loaded here by a class loader that sees the platform's classes, the
 * annotation processing API of {@code java.compiler} among them, but none of javac's. It must
 * work, placing diagnostics through the compiler's own Messager.
 */
class WithoutJdkCompilerTest {
  private URLClassLoader withoutJdkCompiler;

  @BeforeEach
  void loadTheProcessorWithoutJdkCompiler() throws Exception {
    withoutJdkCompiler = new URLClassLoader(
        new URL[] {classesOf(AutoProfileProcessor.class), classesOf(JavaFile.class)}, new JreOnly());
  }

  /** The platform's classes but javac's: what a JRE without {@code jdk.compiler} offers. */
  private static final class JreOnly extends ClassLoader {
    JreOnly() {
      super(ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("com.sun.source.") || name.startsWith("com.sun.tools.javac.")) {
        throw new ClassNotFoundException(name + " (jdk.compiler hidden from the processor)");
      }
      return super.loadClass(name, resolve);
    }
  }

  @AfterEach
  void close() throws Exception {
    withoutJdkCompiler.close();
  }

  private static URL classesOf(Class<?> type) throws URISyntaxException, java.net.MalformedURLException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
  }

  private Processor processor() throws ReflectiveOperationException {
    Class<?> type = withoutJdkCompiler.loadClass(AutoProfileProcessor.class.getName());
    assertThat(type.getClassLoader()).isSameInstanceAs(withoutJdkCompiler);
    return (Processor) type.getConstructor().newInstance();
  }

  @Test
  void theTreeApiIsReallyOutOfReach() {
    org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
        () -> withoutJdkCompiler.loadClass("com.sun.source.util.Trees"));
  }

  @Test
  void generatesTheListener() throws Exception {
    Compilation compilation = Compilations.compiler().withProcessors(processor())
        .compile(good("constructor/User.java"), good("constructor/Profile.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.constructor.User_AutoProfileListener");
  }

  /** An error inside repeated annotations: javac's Messager cannot place it there, ECJ's can. */
  @Test
  void reportsAnErrorInsideRepeatedAnnotationsWithoutCrashing() throws Exception {
    JavaFileObject source = bad("ModelRepeated.java");
    Compilation compilation = Compilations.compiler().withProcessors(processor()).compile(source);

    Compilations.assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("[AutoProfileModelRepeated] ModelRepeated names RepeatedProfile")
        .inFile(source)
        .onLineContaining(TestedCompiler.isEcj() ? "    model = RepeatedProfile.class" : "public class ModelRepeated");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }

  @Test
  void describesAnUnresolvedModelWithoutCrashing() throws Exception {
    JavaFileObject source = bad("ModelMissing.java");
    Compilation compilation = Compilations.compiler().withProcessors(processor()).compile(source);

    Compilations.assertNoCrash(compilation);
    assertThat(compilation).hadErrorContaining("[AutoProfileModelMissing] @AutoProfile(model = ")
        .inFile(source).onLineContaining("model = NoSuchProfile.class");
    assertThat(Compilations.tagged(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }
}
