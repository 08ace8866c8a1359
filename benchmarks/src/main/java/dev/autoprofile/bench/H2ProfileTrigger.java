package dev.autoprofile.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The {@link Way#TRIGGER} way on H2: {@code AFTER INSERT ... FOR EACH ROW} on
 * {@code bench_trigger_<ids>_user}, inserting the row of {@code bench_trigger_<ids>_profile}.
 */
public final class H2ProfileTrigger implements Trigger {
  private String insert;
  private int idColumn;
  private int usernameColumn;

  @Override
  public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    String profileTable = table.replaceFirst("(?i)_USER$", "_PROFILE");
    insert = table.toLowerCase().contains("_seq_")
        ? "insert into " + profileTable + " (id, user_id, display_name) values (next value for "
            + profileTable + "_seq, ?, ?)"
        : "insert into " + profileTable + " (user_id, display_name) values (?, ?)";
    idColumn = -1;
    usernameColumn = -1;
    try (ResultSet columns = conn.getMetaData().getColumns(null, schema, table, null)) {
      while (columns.next()) {
        String name = columns.getString("COLUMN_NAME");
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        if (name.equalsIgnoreCase("id")) {
          idColumn = index;
        } else if (name.equalsIgnoreCase("username")) {
          usernameColumn = index;
        }
      }
    }
    if (idColumn < 0 || usernameColumn < 0) {
      throw new SQLException("no id/username column on " + table);
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    try (PreparedStatement statement = conn.prepareStatement(insert)) {
      statement.setObject(1, newRow[idColumn]);
      statement.setObject(2, newRow[usernameColumn]);
      statement.executeUpdate();
    }
  }
}
