package dev.autoprofile.it.modules.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.AutoProfiles;
import dev.autoprofile.ProfileOf;
import dev.autoprofile.it.modules.users.Account;
import jakarta.persistence.Entity;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The user entity comes from a jar compiled with {@code -proc:none} that depends on nothing of
 * AutoProfile ({@code autoprofile-it-modules-users}); its profile is declared in this module with
 * {@code @ProfileOf}. Created, saved and removed with the user; and a model compiled without the
 * processor stops bootstrap, naming the model and the fix.
 */
class AcrossModulesTest {
  private static final Map<Database, SessionFactory> factories = new EnumMap<>(Database.class);

  private static SessionFactory factory(Database db) {
    db.requireReachable();
    return factories.computeIfAbsent(db, d -> configuration(d, new Configuration())
        .addAnnotatedClass(Account.class)
        .addAnnotatedClass(AccountProfile.class)
        .buildSessionFactory());
  }

  private static Configuration configuration(Database db, Configuration configuration) {
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
    return configuration;
  }

  @AfterAll
  static void close() {
    factories.values().forEach(SessionFactory::close);
  }

  private static <T> T inTransaction(SessionFactory sf, Function<Session, T> work) {
    return sf.fromTransaction(work);
  }

  private static long profiles(SessionFactory sf, Long account) {
    return inTransaction(sf, s -> s.createQuery(
            "select count(p) from AccountProfile p where p.account.id = :id", Long.class)
        .setParameter("id", account).getSingleResult());
  }

  private static Long newAccount(SessionFactory sf, String login) {
    return inTransaction(sf, s -> {
      Account account = new Account(login + "-" + System.nanoTime());
      s.persist(account);
      return account.getId();
    });
  }

  @Test
  void theUserJarKnowsNothingOfAutoProfile() {
    assertEquals(0, Account.class.getAnnotations().length - 2, "only @Entity and @Table");
    for (Annotation annotation : Account.class.getAnnotations()) {
      assertTrue(annotation.annotationType().getPackageName().startsWith("jakarta.persistence"), annotation::toString);
    }
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName(Account.class.getName() + "_AutoProfileListener"), "-proc:none: nothing generated");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void persistOfAForeignUserCreatesTheProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = newAccount(sf, "created");
    assertEquals(1, profiles(sf, id));
    assertEquals(1L, (long) inTransaction(sf, s -> s.createQuery(
            "select count(p) from AccountProfile p where p.account.id = :id and p.displayName like 'created-%'", Long.class)
        .setParameter("id", id).getSingleResult()), "built by the model's constructor taking the user");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  @SuppressWarnings("try")
  void savingAForeignUserWithoutProfileCreatesIt(Database db) {
    SessionFactory sf = factory(db);
    Long id;
    try (var rowsOlderThanTheAnnotation = AutoProfiles.suspend()) {
      id = newAccount(sf, "saved");
    }
    assertEquals(0, profiles(sf, id));

    inTransaction(sf, s -> {
      s.find(Account.class, id).setEmail("saved@example.org");
      return null;
    });
    assertEquals(1, profiles(sf, id));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void removeOfAForeignUserRemovesItsProfile(Database db) {
    SessionFactory sf = factory(db);
    Long id = newAccount(sf, "removed");
    assertEquals(1, profiles(sf, id));

    inTransaction(sf, s -> {
      s.remove(s.find(Account.class, id));
      return null;
    });
    assertEquals(0, profiles(sf, id));
    assertEquals(0L, (long) inTransaction(sf, s -> s.createQuery("select count(a) from Account a where a.id = :id", Long.class)
        .setParameter("id", id).getSingleResult()));
  }

  private static final String UNPROCESSED_MODEL = """
      package dev.autoprofile.it.modules.unprocessed;

      import dev.autoprofile.ProfileOf;
      import dev.autoprofile.it.modules.users.Account;
      import jakarta.persistence.*;

      @Entity
      @Table(name = "it_m_unprocessed_card")
      @ProfileOf(Account.class)
      public class UnprocessedCard {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
        @OneToOne(optional = false) @JoinColumn(name = "account_id", unique = true) private Account account;
        protected UnprocessedCard() {}
        public UnprocessedCard(Account account) { this.account = account; }
      }
      """;

  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(Database.class)
  void aModelCompiledWithoutTheProcessorStopsBootstrap(Database db) throws Exception {
    db.requireReachable();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    Path source = Files.createDirectories(temp.resolve("src")).resolve("UnprocessedCard.java");
    Files.writeString(source, UNPROCESSED_MODEL);
    Path classes = Files.createDirectories(temp.resolve("classes"));
    String classPath = String.join(File.pathSeparator,
        locationOf(Account.class), locationOf(ProfileOf.class), locationOf(Entity.class));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = javac.run(null, output, output, "-proc:none", "--release", "17", "-d", classes.toString(),
        "-classpath", classPath, source.toString());
    assertEquals(0, status, () -> "javac failed: " + output.toString(StandardCharsets.UTF_8));
    String model = "dev.autoprofile.it.modules.unprocessed.UnprocessedCard";
    assertFalse(Files.exists(classes.resolve("dev/autoprofile/it/modules/unprocessed/UnprocessedCard_AutoProfileListener.class")));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> card = loader.loadClass(model);
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      RuntimeException thrown;
      try {
        Configuration configuration = configuration(db,
            new Configuration(new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build()))
            .addAnnotatedClass(Account.class)
            .addAnnotatedClass(card);
        thrown = assertThrows(RuntimeException.class, () -> configuration.buildSessionFactory().close());
      } finally {
        thread.setContextClassLoader(previous);
      }
      Throwable cause = thrown;
      while (cause != null && !(cause instanceof AutoProfileException)) {
        cause = cause.getCause();
      }
      assertNotNull(cause, () -> "no AutoProfileException behind " + thrown);
      String message = cause.getMessage();
      assertTrue(message.contains("Entity " + model + " is covered by @ProfileOf"), message);
      assertTrue(message.contains(model + "_AutoProfileListener"), message);
      assertTrue(message.contains("annotationProcessorPaths"), message);
      assertTrue(message.contains("-proc:full"), message);
    }
  }

  private static String locationOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
