package dev.autoprofile.it;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** Records every SQL statement a data source executes, to assert what a save costs. */
public final class StatementLog implements QueryExecutionListener {
  private final List<String> statements = new CopyOnWriteArrayList<>();

  /** {@code target}, reporting to this log. */
  public DataSource wrap(DataSource target) {
    return ProxyDataSourceBuilder.create(target).listener(this).build();
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    for (QueryInfo query : queryInfoList) {
      statements.add(query.getQuery().trim());
    }
  }

  public void clear() {
    statements.clear();
  }

  public List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public String toString() {
    return String.join("\n", statements);
  }

  /** Statements starting with {@code verb} (select, insert, update, delete) on {@code table}. */
  public long count(String verb, String table) {
    String prefix = verb.toLowerCase(Locale.ROOT);
    return statements.stream()
        .map(sql -> sql.toLowerCase(Locale.ROOT))
        .filter(sql -> sql.startsWith(prefix) && sql.matches("(?s).*\\b" + table + "\\b.*"))
        .count();
  }

  public long count(String verb) {
    String prefix = verb.toLowerCase(Locale.ROOT);
    return statements.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(prefix)).count();
  }
}
