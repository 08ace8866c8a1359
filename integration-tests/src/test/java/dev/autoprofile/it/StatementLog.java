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
  private final List<Boolean> executions = new CopyOnWriteArrayList<>();
  private final List<String> rows = new CopyOnWriteArrayList<>();

  /** {@code target}, reporting to this log. */
  public DataSource wrap(DataSource target) {
    return ProxyDataSourceBuilder.create(target).listener(this).build();
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    executions.add(execInfo.isBatch());
    for (QueryInfo query : queryInfoList) {
      statements.add(query.getQuery().trim());
      for (int i = 0; i < Math.max(1, query.getParametersList().size()); i++) {
        rows.add(query.getQuery().trim().toLowerCase(Locale.ROOT));
      }
    }
  }

  public void clear() {
    statements.clear();
    executions.clear();
    rows.clear();
  }

  /** Statements starting with {@code verb} counted once per parameter set: rows a batch writes. */
  public long rows(String verb) {
    String prefix = verb.toLowerCase(Locale.ROOT);
    return rows.stream().filter(sql -> sql.startsWith(prefix)).count();
  }

  /** JDBC round trips: each statement, or each executed batch. */
  public int executions() {
    return executions.size();
  }

  /** Executed JDBC batches. */
  public long batches() {
    return executions.stream().filter(Boolean::booleanValue).count();
  }

  public List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public String toString() {
    return String.join("\n", statements);
  }

  /**
   * Statements starting with {@code verb} (select, insert, update, delete) on {@code table}; a
   * JDBC batch counts once.
   */
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
