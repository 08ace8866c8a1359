package dev.autoprofile;

import dev.autoprofile.hibernate.Backfiller;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Creates the profiles that users older than the annotation lack, the way a Django data migration
 * would, but with the generated listener: the model's constructor, field initialisers and setters run
 * exactly as when a user is created. Get one from {@link AutoProfiles#backfill}.
 *
 * <pre>{@code
 * BackfillReport report = AutoProfiles.backfill(entityManagerFactory)
 *     .only(User.class)          // optional: one user entity and its subclasses
 *     .chunkSize(1_000)          // optional: users per transaction
 *     .onProgress(r -> log.info("{}", r))
 *     .run();
 * }</pre>
 *
 * <p>Each chunk of users is its own short transaction in a fresh persistence context, selected by key
 * ({@code id > last ... order by id}, never {@code OFFSET}); a crash loses at most the chunk in flight,
 * and running again resumes. Several runs at once share the work: on PostgreSQL and MariaDB/MySQL a run
 * skips the users another one has locked ({@code FOR UPDATE SKIP LOCKED}); everywhere, a profile
 * someone else created first costs a retry of that chunk, never a failed run or a second profile.
 * Users must have a single basic id (a number, UUID, string...); composite ids are refused.
 *
 * <p>It ignores {@link AutoProfiles#suspend()} and {@code onUpdate}: it is an explicit request.
 */
public final class Backfill {
  /** Users per transaction unless {@link #chunkSize} says otherwise. */
  public static final int DEFAULT_CHUNK_SIZE = 1_000;

  private final Backfiller backfiller;
  private Class<?> only;
  private int chunkSize = DEFAULT_CHUNK_SIZE;
  private Consumer<BackfillReport> onProgress = report -> {};

  Backfill(Backfiller backfiller) {
    this.backfiller = backfiller;
  }

  /**
   * Backfills only the pairs of {@code userEntity} and its entity subclasses.
   *
   * @throws IllegalArgumentException if {@code userEntity} covers no user entity of the unit
   */
  public Backfill only(Class<?> userEntity) {
    backfiller.requireUserEntity(Objects.requireNonNull(userEntity, "userEntity"));
    this.only = userEntity;
    return this;
  }

  /**
   * Users per transaction (default 1,000); also the JDBC batch size of the chunk's inserts.
   *
   * @throws IllegalArgumentException if not positive
   */
  public Backfill chunkSize(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, not " + users);
    }
    this.chunkSize = users;
    return this;
  }

  /** Called after each committed chunk, on the thread that runs the backfill, with the running totals. */
  public Backfill onProgress(Consumer<BackfillReport> callback) {
    this.onProgress = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /** The (user, model) pairs that have no profile yet, counted in one read-only transaction; writes nothing. */
  public long countMissing() {
    return backfiller.countMissing(only);
  }

  /**
   * Creates every missing profile, chunk by chunk.
   *
   * @return the profiles this run created and committed
   * @throws AutoProfileException naming the user entity, the user's id and the model, if a profile
   *     cannot be built or inserted; the chunks committed before it stay committed
   */
  public BackfillReport run() {
    return backfiller.run(only, chunkSize, onProgress);
  }
}
