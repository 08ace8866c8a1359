package dev.autoprofile.processor;

import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.Locale;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compiler the processor tests run under, chosen by {@code -Dautoprofile.compiler=javac|ecj}
 * (default javac): surefire runs the whole suite once per compiler, as MapStruct runs its processor
 * tests, since Eclipse IDE users run processors through the Eclipse compiler. Each knows its own
 * spelling of the options the tests need.
 */
enum TestedCompiler {
  JAVAC {
    @Override
    Compiler compiler() {
      return Compiler.javac();
    }

    @Override
    List<String> strictWarnings() {
      // javac's processing lint flags the JPA annotations no processor claims: not about our code
      return List.of("-Xlint:all,-processing", "-Werror");
    }

    @Override
    List<String> noDiagnosticLimit() {
      return List.of("-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
    }
  },
  ECJ {
    @Override
    Compiler compiler() {
      return Compiler.compiler(new EclipseCompiler());
    }

    /**
     * The counterparts of javac's lints. ECJ's {@code -warn:all} would add style checks javac has
     * none for (missing {@code this.}, {@code final} parameters, Javadoc), and its default unused
     * import and unused private member warnings flag the hand-written test sources (private
     * setters the listener must not call), not generated code: JavaPoet imports only what it uses. No {@code -failOnWarning}: it fails without an error diagnostic, which
     * compile-testing takes for a crashed compiler; the tests assert there is no warning instead.
     */
    @Override
    List<String> strictWarnings() {
      return List.of("-warn:allDeprecation,unchecked,raw,serial,fallthrough,finally,over-ann,cast,static-receiver,"
          + "unusedLocal,unusedTypeArgs,redundantSuperinterface,null,resource,dep-ann,hiding,typeHiding");
    }

    @Override
    List<String> noDiagnosticLimit() {
      return List.of("-maxProblems", "100000");
    }
  };

  static final String PROPERTY = "autoprofile.compiler";

  /** A compile-testing compiler without processors. */
  abstract Compiler compiler();

  /**
   * Whether a diagnostic printed on a record element gets the record's file and line. ECJ's
   * Messager (BaseMessagerImpl.createProblem, 3.46) has no case for records and prints it
   * without a source; the message itself is unchanged.
   */
  boolean placesDiagnosticsOnRecords() {
    return this != ECJ;
  }

  /** Options that enable the compiler's warnings on code (javac's also fail on any); tests assert none. */
  abstract List<String> strictWarnings();

  /** Options that lift the compiler's cap on how many errors and warnings it prints. */
  abstract List<String> noDiagnosticLimit();

  /** The compiler of this test run. */
  static TestedCompiler current() {
    return valueOf(System.getProperty(PROPERTY, "javac").toUpperCase(Locale.ROOT));
  }

  static boolean isEcj() {
    return current() == ECJ;
  }
}
