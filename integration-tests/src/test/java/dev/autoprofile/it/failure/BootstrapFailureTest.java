package dev.autoprofile.it.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfile;
import dev.autoprofile.AutoProfileException;
import dev.autoprofile.it.Database;
import dev.autoprofile.it.Jpa;
import jakarta.persistence.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fail-fast at bootstrap: a persistence unit AutoProfile cannot serve never starts, because users
 * saved without their profiles would be lost data, found out long after.
 */
class BootstrapFailureTest {
  private static final String PACKAGE = "dev.autoprofile.it.failure.unprocessed";

  private static final String USER_SOURCE = """
      package dev.autoprofile.it.failure.unprocessed;

      import dev.autoprofile.AutoProfile;
      import jakarta.persistence.*;

      @Entity
      @Table(name = "it_f_unprocessed")
      @AutoProfile(model = UnprocessedProfile.class)
      public class Unprocessed {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
        private String name;
      }
      """;

  private static final String PROFILE_SOURCE = """
      package dev.autoprofile.it.failure.unprocessed;

      import jakarta.persistence.*;

      @Entity
      @Table(name = "it_f_unprocessed_profile")
      public class UnprocessedProfile {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
        @OneToOne(optional = false) @JoinColumn(name = "user_id", unique = true) private Unprocessed user;
        protected UnprocessedProfile() {}
        public UnprocessedProfile(Unprocessed user) { this.user = user; }
      }
      """;

  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(Database.class)
  void anAutoProfileEntityWithoutItsGeneratedListenerStopsBootstrap(Database db) throws Exception {
    db.requireReachable();
    Path classes = compileWithoutProcessors();
    assertTrue(Files.exists(classes.resolve("dev/autoprofile/it/failure/unprocessed/Unprocessed.class")));
    assertTrue(Files.notExists(classes.resolve("dev/autoprofile/it/failure/unprocessed/Unprocessed_AutoProfileListener.class")),
        "-proc:none: no listener was generated");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> user = loader.loadClass(PACKAGE + ".Unprocessed");
      Class<?> profile = loader.loadClass(PACKAGE + ".UnprocessedProfile");
      assertTrue(user.isAnnotationPresent(AutoProfile.class), "the annotation the runtime sees is ours");

      RuntimeException thrown = assertThrows(RuntimeException.class, () -> bootstrap(db, loader, user, profile).close());
      AutoProfileException cause = Causes.require(thrown, AutoProfileException.class);
      String message = cause.getMessage();
      assertTrue(message.contains("Entity " + PACKAGE + ".Unprocessed "), message);
      assertTrue(message.contains(PACKAGE + ".Unprocessed_AutoProfileListener"), message);
      assertTrue(message.contains("annotationProcessorPaths"), message);
      assertTrue(message.contains("dev.autoprofile:autoprofile-processor"), message);
      assertTrue(message.contains("-proc:full"), message);
      assertEquals(ClassNotFoundException.class, cause.getCause().getClass());
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aModelOutsideThePersistenceUnitStopsBootstrap(Database db) {
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> Jpa.build(db, Map.of(), LoneUser.class).close());
    AutoProfileException cause = Causes.require(thrown, AutoProfileException.class);
    String message = cause.getMessage();
    assertTrue(message.contains("profile model " + LoneUserProfile.class.getName()), message);
    assertTrue(message.contains("entity " + LoneUser.class.getName()), message);
    assertTrue(message.contains("not an entity of this persistence unit"), message);

    // and the same unit with the model boots and creates profiles
    try (SessionFactory sf = Jpa.build(db, Map.of(), LoneUser.class, LoneUserProfile.class)) {
      Long id = Jpa.fromTransaction(sf, em -> {
        LoneUser lone = new LoneUser("lone");
        em.persist(lone);
        return lone.getId();
      });
      assertEquals(1, Jpa.count(sf, "select count(p) from LoneUserProfile p where p.user.id = ?1", id));
    }
  }

  private static SessionFactory bootstrap(Database db, ClassLoader loader, Class<?>... entities) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Configuration configuration = new Configuration(new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build());
      for (Class<?> entity : entities) {
        configuration.addAnnotatedClass(entity);
      }
      configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url);
      configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user);
      configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password);
      configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
      return configuration.buildSessionFactory();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Compiles the two entities as a build without the processor would: javac with -proc:none. */
  private Path compileWithoutProcessors() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    Path sources = Files.createDirectories(temp.resolve("src/dev/autoprofile/it/failure/unprocessed"));
    Path classes = Files.createDirectories(temp.resolve("classes"));
    Path user = Files.writeString(sources.resolve("Unprocessed.java"), USER_SOURCE);
    Path profile = Files.writeString(sources.resolve("UnprocessedProfile.java"), PROFILE_SOURCE);

    List<String> args = new ArrayList<>(List.of(
        "-proc:none", "--release", "17", "-d", classes.toString(),
        "-classpath", locationOf(AutoProfile.class) + java.io.File.pathSeparator + locationOf(Entity.class)));
    args.add(user.toString());
    args.add(profile.toString());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = javac.run(null, output, output, args.toArray(String[]::new));
    assertEquals(0, status, () -> "javac failed: " + output.toString(StandardCharsets.UTF_8));
    try (Stream<Path> listed = Files.list(classes.resolve("dev/autoprofile/it/failure/unprocessed"))) {
      assertEquals(2, listed.count(), "exactly the two entities, nothing generated");
    }
    return classes;
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
