package dev.autoprofile.stacks.quarkus;

import dev.autoprofile.stacks.quarkus.accounts.AccountSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Counts of the rows that reference a user, by query, so a test sees the database and not a cached object. */
@ApplicationScoped
public class Rows {
  @Inject
  EntityManager em;

  public long profilesOf(long accountId) {
    return count("select count(p) from AccountProfile p where p.account.id = ?1", accountId);
  }

  public long settingsOf(long accountId) {
    return count("select count(s) from AccountSettings s where s.account.id = ?1", accountId);
  }

  public AccountSettings settings(long accountId) {
    return em.createQuery("from AccountSettings s where s.account.id = ?1", AccountSettings.class)
        .setParameter(1, accountId).getSingleResult();
  }

  public long memberProfilesOf(long memberId) {
    return count("select count(p) from MemberProfile p where p.member.id = ?1", memberId);
  }

  public long badgesOf(long memberId) {
    return count("select count(b) from MemberBadge b where b.member.id = ?1", memberId);
  }

  public long memberProfilesByNickname(String nickname) {
    return count("select count(p) from MemberProfile p where p.member.nickname = ?1", nickname);
  }

  public long badgesByNickname(String nickname) {
    return count("select count(b) from MemberBadge b where b.member.nickname = ?1", nickname);
  }

  /** Users without the profile of each model: what a startup backfill leaves behind. */
  public long accountsWithoutProfile() {
    return count("select count(a) from Account a where not exists (from AccountProfile p where p.account = a)");
  }

  public long accountsWithoutSettings() {
    return count("select count(a) from Account a where not exists (from AccountSettings s where s.account = a)");
  }

  public long membersWithoutProfile() {
    return count("select count(m) from Member m where not exists (from MemberProfile p where p.member = m)");
  }

  public long membersWithoutBadge() {
    return count("select count(m) from Member m where not exists (from MemberBadge b where b.member = m)");
  }

  private long count(String jpql, Object... parameters) {
    var query = em.createQuery(jpql, Long.class);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getSingleResult();
  }
}
