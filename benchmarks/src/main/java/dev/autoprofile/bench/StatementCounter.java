package dev.autoprofile.bench;

import java.util.List;
import java.util.Locale;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts what reaches the JDBC driver through a datasource-proxy: every {@code execute*} call is a
 * statement (a round trip); an {@code executeBatch} is one statement that is also a batch, carrying
 * {@link Counts#batchedRows} rows. Statements run by a database trigger never pass through here.
 */
public final class StatementCounter implements QueryExecutionListener {
  private long statements;
  private long batches;
  private long batchedRows;
  private long selects;
  private long sequenceCalls;
  private long inserts;
  private long updates;
  private long deletes;

  /** What was counted since the last {@link #reset()}. */
  public record Counts(
      long statements, long batches, long batchedRows, long selects, long sequenceCalls,
      long inserts, long updates, long deletes) {

    /** The same numbers in a compact, comparable form. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%d statements, %d batches (%d rows); select %d, sequence %d, insert %d, update %d, delete %d",
          statements, batches, batchedRows, selects, sequenceCalls, inserts, updates, deletes);
    }
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public synchronized void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    statements++;
    long rows = 1;
    if (execInfo.isBatch()) {
      batches++;
      rows = execInfo.getBatchSize();
      batchedRows += rows;
    }
    String sql = queryInfoList.isEmpty() ? "" : queryInfoList.get(0).getQuery().trim().toLowerCase(Locale.ROOT);
    if (sql.contains("nextval") || sql.contains("next value for")) {
      sequenceCalls += rows;
    } else if (sql.startsWith("select") || sql.startsWith("with")) {
      selects += rows;
    } else if (sql.startsWith("insert")) {
      inserts += rows;
    } else if (sql.startsWith("update")) {
      updates += rows;
    } else if (sql.startsWith("delete")) {
      deletes += rows;
    }
  }

  public synchronized void reset() {
    statements = batches = batchedRows = selects = sequenceCalls = inserts = updates = deletes = 0;
  }

  public synchronized Counts counts() {
    return new Counts(statements, batches, batchedRows, selects, sequenceCalls, inserts, updates, deletes);
  }
}
