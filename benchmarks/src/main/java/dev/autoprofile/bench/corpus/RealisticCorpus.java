package dev.autoprofile.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an application-shaped corpus: per unit of {@code scale}, 1,000 JPA entities (990 plain ones,
 * each with a lazy many-to-one to its neighbour, and 5 {@code @AutoProfile} users with their 5 profiles)
 * and 1,000 plain service classes working on them. Where a processor's cost is judged: most of what javac
 * compiles in an application is not annotated for it.
 */
public final class RealisticCorpus {
  /** Entities and services per package. */
  private static final int PER_PACKAGE = 50;

  private RealisticCorpus() {}

  /** The {@code @AutoProfile} users of a corpus of {@code scale}. */
  public static int users(int scale) {
    return 5 * scale;
  }

  /** All its entities, users and profiles included. */
  public static int entities(int scale) {
    return 1_000 * scale;
  }

  /** Writes the sources under {@code dir} and returns them. */
  public static List<Path> generate(Path dir, int scale) {
    int users = users(scale);
    int plain = entities(scale) - 2 * users;
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < users; i++) {
        files.add(write(dir, "corpus.app.users", "Member" + i, member(i)));
        files.add(write(dir, "corpus.app.users", "MemberProfile" + i, memberProfile(i)));
      }
      for (int i = 0; i < plain; i++) {
        files.add(write(dir, entityPackage(i), "Entity" + i, entity(i)));
      }
      for (int i = 0; i < 1_000 * scale; i++) {
        files.add(write(dir, "corpus.app.s" + i / PER_PACKAGE, "Service" + i, service(i, i % plain)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String entityPackage(int i) {
    return "corpus.app.e" + i / PER_PACKAGE;
  }

  private static Path write(Path dir, String pkg, String type, String source) throws IOException {
    Path pkgDir = Files.createDirectories(dir.resolve(pkg.replace('.', '/')));
    return Files.writeString(pkgDir.resolve(type + ".java"), source, StandardCharsets.UTF_8);
  }

  private static String member(int i) {
    return """
        package corpus.app.users;

        import dev.autoprofile.AutoProfile;
        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.Id;
        import jakarta.persistence.OneToOne;
        import jakarta.persistence.Table;

        /** Generated user %1$d. */
        @Entity
        @Table(name = "app_member%1$d")
        @AutoProfile(model = MemberProfile%1$d.class)
        public class Member%1$d {
          @Id
          @GeneratedValue
          private Long id;

          @Column(nullable = false, unique = true)
          private String username;

          @OneToOne(mappedBy = "member")
          private MemberProfile%1$d profile;

          protected Member%1$d() {}

          public Member%1$d(String username) {
            this.username = username;
          }

          public Long getId() {
            return id;
          }

          public String getUsername() {
            return username;
          }

          public MemberProfile%1$d getProfile() {
            return profile;
          }

          public void setProfile(MemberProfile%1$d profile) {
            this.profile = profile;
          }
        }
        """.formatted(i);
  }

  private static String memberProfile(int i) {
    return """
        package corpus.app.users;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.Id;
        import jakarta.persistence.JoinColumn;
        import jakarta.persistence.OneToOne;
        import jakarta.persistence.Table;

        /** Generated profile %1$d. */
        @Entity
        @Table(name = "app_member_profile%1$d")
        public class MemberProfile%1$d {
          @Id
          @GeneratedValue
          private Long id;

          @OneToOne(optional = false)
          @JoinColumn(name = "member_id", nullable = false, unique = true)
          private Member%1$d member;

          private String displayName;

          protected MemberProfile%1$d() {}

          public MemberProfile%1$d(Member%1$d member) {
            this.member = member;
            this.displayName = member.getUsername();
          }

          public Long getId() {
            return id;
          }

          public String getDisplayName() {
            return displayName;
          }
        }
        """.formatted(i);
  }

  private static String entity(int i) {
    boolean first = i % PER_PACKAGE == 0;
    String parent = first ? "" : """

          @ManyToOne(fetch = FetchType.LAZY)
          private Entity%1$d parent;
        """.formatted(i - 1);
    String parentAccessors = first ? "" : """

          public Entity%1$d getParent() {
            return parent;
          }

          public void setParent(Entity%1$d parent) {
            this.parent = parent;
          }
        """.formatted(i - 1);
    return """
        package %1$s;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.FetchType;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.Id;
        import jakarta.persistence.ManyToOne;
        import jakarta.persistence.Table;
        import java.math.BigDecimal;
        import java.time.Instant;

        /** Generated entity %2$d. */
        @Entity
        @Table(name = "app_entity%2$d")
        public class Entity%2$d {
          @Id
          @GeneratedValue
          private Long id;

          @Column(nullable = false)
          private String name;

          @Column(unique = true)
          private String code;

          private BigDecimal amount;

          private Instant created;

          private boolean archived;
        %3$s
          protected Entity%2$d() {}

          public Entity%2$d(String name, String code) {
            this.name = name;
            this.code = code;
            this.created = Instant.now();
          }

          public Long getId() {
            return id;
          }

          public String getName() {
            return name;
          }

          public void setName(String name) {
            this.name = name;
          }

          public String getCode() {
            return code;
          }

          public BigDecimal getAmount() {
            return amount;
          }

          public void setAmount(BigDecimal amount) {
            this.amount = amount;
          }

          public Instant getCreated() {
            return created;
          }

          public boolean isArchived() {
            return archived;
          }

          public void archive() {
            this.archived = true;
          }
        %4$s}
        """.formatted(entityPackage(i), i, parent, parentAccessors);
  }

  private static String service(int i, int entity) {
    return """
        package corpus.app.s%1$d;

        import %2$s.Entity%3$d;
        import java.math.BigDecimal;
        import java.util.ArrayList;
        import java.util.Comparator;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.stream.Collectors;

        /** Generated service %4$d. */
        public final class Service%4$d {
          private final Map<String, Entity%3$d> byCode = new HashMap<>();

          public void register(Entity%3$d entity) {
            byCode.put(entity.getCode(), entity);
          }

          public Optional<Entity%3$d> find(String code) {
            return Optional.ofNullable(byCode.get(code));
          }

          public List<String> activeNames() {
            return byCode.values().stream()
                .filter(entity -> !entity.isArchived())
                .map(Entity%3$d::getName)
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
          }

          public BigDecimal total() {
            BigDecimal sum = BigDecimal.ZERO;
            for (Entity%3$d entity : byCode.values()) {
              if (entity.getAmount() != null) {
                sum = sum.add(entity.getAmount());
              }
            }
            return sum;
          }

          public int archiveOlderThan(java.time.Instant cutoff) {
            List<Entity%3$d> old = new ArrayList<>();
            for (Entity%3$d entity : byCode.values()) {
              if (entity.getCreated() != null && entity.getCreated().isBefore(cutoff)) {
                old.add(entity);
              }
            }
            old.forEach(Entity%3$d::archive);
            return old.size();
          }

          public String describe(String code) {
            return switch (code.length()) {
              case 0 -> "none";
              case 1, 2 -> "short " + code;
              default -> find(code).map(entity -> entity.getName() + " (" + entity.getCode() + ")").orElse("unknown " + code);
            };
          }
        }
        """.formatted(i / PER_PACKAGE, entityPackage(entity), entity, i);
  }
}
