package dev.autoprofile.spring.boot.tests;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the database holds, read and written by SQL, past Hibernate and AutoProfile. */
@Component
class Rows {
  private final JdbcTemplate jdbc;

  Rows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A member as rows written by SQL have it: no profile, no badge. */
  long insertMemberWithoutProfiles(String name) {
    jdbc.update("insert into sbmod_member (name) values (?)", name);
    return idOf(name);
  }

  long idOf(String name) {
    return jdbc.queryForObject("select id from sbmod_member where name = ?", Long.class, name);
  }

  long profiles(String name) {
    return count("sbmod_member_profile", name);
  }

  long badges(String name) {
    return count("sbmod_badge", name);
  }

  private long count(String table, String name) {
    return jdbc.queryForObject("select count(*) from " + table + " t join sbmod_member m on m.id = t.member_id "
        + "where m.name = ?", Long.class, name);
  }
}
