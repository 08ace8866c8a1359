package dev.autoprofile.bench;

import dev.autoprofile.bench.model.AutoIdnUser;
import dev.autoprofile.bench.model.AutoIdnUserProfile;
import dev.autoprofile.bench.model.AutoSeqUser;
import dev.autoprofile.bench.model.AutoSeqUserProfile;
import dev.autoprofile.bench.model.BenchProfile;
import dev.autoprofile.bench.model.BenchUser;
import dev.autoprofile.bench.model.CascadeIdnUser;
import dev.autoprofile.bench.model.CascadeIdnUserProfile;
import dev.autoprofile.bench.model.CascadeSeqUser;
import dev.autoprofile.bench.model.CascadeSeqUserProfile;
import dev.autoprofile.bench.model.HandIdnUser;
import dev.autoprofile.bench.model.HandIdnUserProfile;
import dev.autoprofile.bench.model.HandSeqUser;
import dev.autoprofile.bench.model.HandSeqUserProfile;
import dev.autoprofile.bench.model.TriggerIdnUser;
import dev.autoprofile.bench.model.TriggerIdnUserProfile;
import dev.autoprofile.bench.model.TriggerSeqUser;
import dev.autoprofile.bench.model.TriggerSeqUserProfile;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One user/profile entity pair of the runtime benchmarks: a pair per {@link Way} and {@link Ids},
 * each in tables of its own ({@code bench_<way>_<seq|idn>_user} / {@code _profile}), each booted in
 * a session factory of its own so that no way pays for another's listeners.
 *
 * @param newUser {@code new User(username, email)}
 * @param handProfile the hand-written way's {@code new Profile(user)} plus {@code user.setProfile(p)};
 *     null for the other ways
 */
public record Model(
    Way way,
    Ids ids,
    Class<? extends BenchUser> userType,
    Class<? extends BenchProfile> profileType,
    BiFunction<String, String, BenchUser> newUser,
    Function<BenchUser, BenchProfile> handProfile) {

  public static Model of(Way way, Ids ids) {
    boolean seq = ids == Ids.SEQUENCE;
    return switch (way) {
      case AUTOPROFILE -> seq
          ? new Model(way, ids, AutoSeqUser.class, AutoSeqUserProfile.class, AutoSeqUser::new, null)
          : new Model(way, ids, AutoIdnUser.class, AutoIdnUserProfile.class, AutoIdnUser::new, null);
      case HAND_WRITTEN -> seq
          ? new Model(way, ids, HandSeqUser.class, HandSeqUserProfile.class, HandSeqUser::new, u -> {
            HandSeqUser user = (HandSeqUser) u;
            HandSeqUserProfile profile = new HandSeqUserProfile(user);
            user.setProfile(profile);
            return profile;
          })
          : new Model(way, ids, HandIdnUser.class, HandIdnUserProfile.class, HandIdnUser::new, u -> {
            HandIdnUser user = (HandIdnUser) u;
            HandIdnUserProfile profile = new HandIdnUserProfile(user);
            user.setProfile(profile);
            return profile;
          });
      case CASCADE -> seq
          ? new Model(way, ids, CascadeSeqUser.class, CascadeSeqUserProfile.class, CascadeSeqUser::new, null)
          : new Model(way, ids, CascadeIdnUser.class, CascadeIdnUserProfile.class, CascadeIdnUser::new, null);
      case TRIGGER -> seq
          ? new Model(way, ids, TriggerSeqUser.class, TriggerSeqUserProfile.class, TriggerSeqUser::new, null)
          : new Model(way, ids, TriggerIdnUser.class, TriggerIdnUserProfile.class, TriggerIdnUser::new, null);
    };
  }

  /** {@code bench_<way>_<seq|idn>}. */
  public String tablePrefix() {
    String w = switch (way) {
      case AUTOPROFILE -> "auto";
      case HAND_WRITTEN -> "hand";
      case CASCADE -> "cascade";
      case TRIGGER -> "trigger";
    };
    return "bench_" + w + "_" + (ids == Ids.SEQUENCE ? "seq" : "idn");
  }

  public String userTable() {
    return tablePrefix() + "_user";
  }

  public String profileTable() {
    return tablePrefix() + "_profile";
  }

  /** The entity name for JPQL. */
  public String userEntity() {
    return userType.getSimpleName();
  }
}
