package dev.autoprofile.stacks.boot35;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the database holds, read and written by SQL, past Hibernate and AutoProfile. */
@Component
class Rows {
  private final JdbcTemplate jdbc;

  Rows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A user as rows written before AutoProfile, or by SQL, have it: no profile of any model. */
  long insertUserWithoutProfiles(String username) {
    jdbc.update("insert into sb35_user (username, email) values (?, ?)", username, username + "@example.org");
    return idOf(username);
  }

  long idOf(String username) {
    return jdbc.queryForObject("select id from sb35_user where username = ?", Long.class, username);
  }

  long users(long userId) {
    return count("sb35_user", "id", userId);
  }

  long profiles(long userId) {
    return count("sb35_profile", "user_id", userId);
  }

  long notificationSettings(long userId) {
    return count("sb35_notification_settings", "user_id", userId);
  }

  long teamProfiles(String slug) {
    return jdbc.queryForObject("select count(*) from sb35_team_profile where team_slug = ?", Long.class, slug);
  }

  long all(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  String bio(long userId) {
    return jdbc.queryForObject("select bio from sb35_profile where user_id = ?", String.class, userId);
  }

  private long count(String table, String column, long value) {
    return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, value);
  }
}
