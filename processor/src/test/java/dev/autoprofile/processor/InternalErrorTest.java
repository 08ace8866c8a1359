package dev.autoprofile.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autoprofile.processor.Compilations.good;

import com.google.testing.compile.Compilation;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Whatever fails inside the processor becomes an ERROR on the element; javac never sees it. */
class InternalErrorTest {
  private static final JavaFileObject USER = good("constructor/User.java");
  private static final JavaFileObject PROFILE = good("constructor/Profile.java");
  private static final JavaFileObject ACCOUNT = good("setter/Account.java");
  private static final JavaFileObject ACCOUNT_PROFILE = good("setter/AccountProfile.java");

  /** The names of the files the last compilation created. */
  private java.util.List<String> created;

  private Compilation compileFailingOn(String userName, Throwable failure) {
    AutoProfileProcessor processor = new AutoProfileProcessor(element -> {
      if (((TypeElement) element).getQualifiedName().contentEquals(userName)) {
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) failure;
      }
    });
    RecordingProcessor recording = new RecordingProcessor(processor);
    Compilation compilation =
        Compilations.compiler().withProcessors(recording).compile(USER, PROFILE, ACCOUNT, ACCOUNT_PROFILE);
    created = recording.created.stream().map(RecordingProcessor.Created::name).toList();
    return compilation;
  }

  @Test
  void exceptionBecomesAnErrorNamingTheElementAndOthersAreStillGenerated() {
    Compilation compilation =
        compileFailingOn("good.constructor.User", new IllegalStateException("forced by the test"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[AutoProfileInternalError] The AutoProfile processor failed on good.constructor.User")
        .inFile(USER).onLineContaining("public class User");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: forced by the test");
    assertThat(compilation).hadErrorCount(1);
    // the detector the other tests rely on recognises this as a crash
    assertThat(Compilations.isCrash(compilation.errors().get(0).getMessage(java.util.Locale.ROOT))).isTrue();
    assertThat(created).containsExactly("good.setter.Account_AutoProfileListener");
  }

  @Test
  void errorsLikeLinkageErrorAreCaughtToo() {
    Compilation compilation = compileFailingOn("good.setter.Account", new NoClassDefFoundError("forced/Missing"));

    assertThat(compilation)
        .hadErrorContaining("[AutoProfileInternalError] The AutoProfile processor failed on good.setter.Account")
        .inFile(ACCOUNT).onLineContaining("public class Account");
    assertThat(created).containsExactly("good.constructor.User_AutoProfileListener");
  }
}
