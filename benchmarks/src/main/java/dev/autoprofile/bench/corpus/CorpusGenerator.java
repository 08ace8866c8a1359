package dev.autoprofile.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a corpus of {@code pairs} {@code @AutoProfile} user/profile entity pairs, 50 pairs per
 * package: {@code corpus.p<k>.User<i>} with an inverse {@code @OneToOne} and
 * {@code corpus.p<k>.User<i>Profile} owning the foreign key. Used for the compile-time benchmark
 * (50, 500, 5,000 pairs) and as the 200-entity bootstrap model (100 pairs).
 *
 * <pre>java -cp 'target/*:target/lib/*' dev.autoprofile.bench.corpus.CorpusGenerator DIR PAIRS</pre>
 */
public final class CorpusGenerator {
  public static final int PAIRS_PER_PACKAGE = 50;
  public static final String ROOT_PACKAGE = "corpus";

  private CorpusGenerator() {}

  public static void main(String[] args) {
    List<Path> files = generate(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println("wrote " + files.size() + " files to " + args[0]);
  }

  /** Writes the sources under {@code dir}; returns them, users and profiles in order. */
  public static List<Path> generate(Path dir, int pairs) {
    List<Path> files = new ArrayList<>(2 * pairs);
    try {
      for (int i = 0; i < pairs; i++) {
        String pkg = packageOf(i);
        Path pkgDir = dir.resolve(pkg.replace('.', '/'));
        Files.createDirectories(pkgDir);
        files.add(write(pkgDir.resolve("User" + i + ".java"), user(pkg, i)));
        files.add(write(pkgDir.resolve("User" + i + "Profile.java"), profile(pkg, i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The fully qualified names of the 2 × {@code pairs} entities. */
  public static List<String> entityNames(int pairs) {
    List<String> names = new ArrayList<>(2 * pairs);
    for (int i = 0; i < pairs; i++) {
      names.add(packageOf(i) + ".User" + i);
      names.add(packageOf(i) + ".User" + i + "Profile");
    }
    return names;
  }

  private static String packageOf(int pair) {
    return ROOT_PACKAGE + ".p" + (pair / PAIRS_PER_PACKAGE);
  }

  private static Path write(Path file, String source) throws IOException {
    return Files.writeString(file, source, StandardCharsets.UTF_8);
  }

  private static String user(String pkg, int i) {
    return """
        package %1$s;

        import dev.autoprofile.AutoProfile;
        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.Id;
        import jakarta.persistence.OneToOne;
        import jakarta.persistence.Table;
        import java.time.Instant;

        /** Generated benchmark user %2$d. */
        @Entity
        @Table(name = "bench_corpus_user%2$d")
        @AutoProfile
        public class User%2$d {
          @Id
          @GeneratedValue
          private Long id;

          @Column(nullable = false, unique = true)
          private String username;

          private String email;

          private Instant joined;

          private boolean active;

          @OneToOne(mappedBy = "user")
          private User%2$dProfile profile;

          protected User%2$d() {}

          public User%2$d(String username, String email) {
            this.username = username;
            this.email = email;
            this.joined = Instant.now();
            this.active = true;
          }

          public Long getId() {
            return id;
          }

          public String getUsername() {
            return username;
          }

          public String getEmail() {
            return email;
          }

          public void setEmail(String email) {
            this.email = email;
          }

          public Instant getJoined() {
            return joined;
          }

          public boolean isActive() {
            return active;
          }

          public void setActive(boolean active) {
            this.active = active;
          }

          public User%2$dProfile getProfile() {
            return profile;
          }

          public void setProfile(User%2$dProfile profile) {
            this.profile = profile;
          }
        }
        """.formatted(pkg, i);
  }

  private static String profile(String pkg, int i) {
    return """
        package %1$s;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.FetchType;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.Id;
        import jakarta.persistence.JoinColumn;
        import jakarta.persistence.OneToOne;
        import jakarta.persistence.Table;

        /** Generated benchmark profile %2$d, found by AutoProfile's naming convention. */
        @Entity
        @Table(name = "bench_corpus_profile%2$d")
        public class User%2$dProfile {
          @Id
          @GeneratedValue
          private Long id;

          @OneToOne(optional = false, fetch = FetchType.LAZY)
          @JoinColumn(name = "user_id", nullable = false, unique = true)
          private User%2$d user;

          @Column(name = "display_name")
          private String displayName;

          private String bio;

          private String locale;

          protected User%2$dProfile() {}

          public User%2$dProfile(User%2$d user) {
            this.user = user;
            this.displayName = user.getUsername();
          }

          public Long getId() {
            return id;
          }

          public User%2$d getUser() {
            return user;
          }

          public String getDisplayName() {
            return displayName;
          }

          public void setDisplayName(String displayName) {
            this.displayName = displayName;
          }

          public String getBio() {
            return bio;
          }

          public void setBio(String bio) {
            this.bio = bio;
          }

          public String getLocale() {
            return locale;
          }

          public void setLocale(String locale) {
            this.locale = locale;
          }
        }
        """.formatted(pkg, i);
  }
}
