package dev.autoprofile.hibernate;

import dev.autoprofile.AutoProfileException;
import dev.autoprofile.spi.ProfilePair;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Type;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * One query of a backfill: the users of one entity (and its subclasses) lacking the profile of one
 * pair, paged by id. Holds the HQL, built once.
 */
record BackfillTarget(ProfilePair<Object, Object> pair, Class<?> userEntity, String label, String idAttribute,
    String from, String fetches, String missing, String model) {

  /**
   * @param userPairs the pairs of {@code userEntity}: the inverse attributes among them are fetched with
   *     the users, since Hibernate would otherwise load each one-to-one with a query per user
   */
  static BackfillTarget of(ProfilePair<Object, Object> pair, Class<?> userEntity, UserPairs userPairs,
      SessionFactoryImplementor factory) {
    var metamodel = factory.getMetamodel();
    EntityType<?> user = metamodel.entity(userEntity);
    if (!user.hasSingleIdAttribute() || user.getIdType().getPersistenceType() != Type.PersistenceType.BASIC) {
      throw new AutoProfileException(
          "AutoProfile cannot backfill the " + pair.modelType().getName() + " profiles of " + userEntity.getName()
              + ": it pages users by their id, and " + userEntity.getSimpleName() + " has a composite id. Create "
              + "those profiles with SQL (insert ... select ... where not exists ...), or leave "
              + userEntity.getSimpleName() + " out with Backfill.only(...).");
    }
    String id = user.getId(user.getIdType().getJavaType()).getName();
    String model = metamodel.entity(pair.modelType()).getName();
    StringBuilder fetches = new StringBuilder();
    userPairs.pairs().stream().map(ProfilePair::profileAttribute).filter(java.util.Objects::nonNull).distinct()
        .forEach(attribute -> fetches.append(" left join fetch u.").append(attribute));
    String missing = " where not exists (select 1 from " + model + " p where p." + pair.mappedBy() + " = u)";
    return new BackfillTarget(pair, userEntity, userEntity.getSimpleName() + " → " + pair.modelType().getSimpleName(),
        id, "from " + user.getName() + " u", fetches.toString(), missing, model);
  }

  /** Counts the users without a profile. */
  String countQuery() {
    return "select count(u) " + from + missing;
  }

  /**
   * The ids of the next page of users, after {@code :last} unless {@code first}: a range scan of the user's
   * key whatever the database knows of the profile table, which may have been empty when last analysed.
   */
  String pageQuery(boolean first) {
    return "select u." + idAttribute + " " + from + (first ? "" : " where u." + idAttribute + " > :last")
        + " order by u." + idAttribute;
  }

  /**
   * Which users between {@code :from} and {@code :to} have this profile: asked only where the user maps no
   * inverse attribute, since elsewhere the users query fetches it.
   */
  String profiledQuery() {
    String user = "p." + pair.mappedBy() + "." + idAttribute;
    return "select " + user + " from " + model + " p where " + user + " >= :from and " + user + " <= :to";
  }

  /** The users between {@code :from} and {@code :to}, with their inverse one-to-ones. */
  String usersQuery() {
    return "select u " + from + fetches + " where u." + idAttribute + " >= :from and u." + idAttribute + " <= :to";
  }
}
