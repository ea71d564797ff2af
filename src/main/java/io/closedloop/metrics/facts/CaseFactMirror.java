package io.closedloop.metrics.facts;

import io.closedloop.metrics.ClosedLoopConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@link CaseFactColumns} equal to the committed {@code case_fact} table. Each read first catches
 * up: in one repeatable-read snapshot it takes the rows and tombstones stamped by a transaction
 * id at or above the oldest transaction that was still running at the previous catch-up (so no
 * commit is missed, whatever its order), and remembers this snapshot's oldest running
 * transaction for the next time. A truncate of the table makes it load everything again.
 */
@Component
public class CaseFactMirror {

  private static final String COLUMNS = """
      case_id, (created_at at time zone 'UTC')::date - date '1970-01-01' as epoch_day, team, owner, touchpoint, employee,
      product, country, segment, callback_due, first_reached_at, first_contact_hours, close_hours,
      %s as closed, %s as unreachable, %s as escalated, coalesce(%s, false) as answered_again,
      coalesce(%s, false) as recovered
      """.formatted(ClosedLoopConditions.CLOSED, ClosedLoopConditions.UNREACHABLE, ClosedLoopConditions.ESCALATED,
      ClosedLoopConditions.ANSWERED_AGAIN, ClosedLoopConditions.RECOVERED);

  private final JdbcClient jdbc;
  private final TransactionTemplate snapshot;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private CaseFactColumns facts;
  private long generation = -1;
  private long since;

  CaseFactMirror(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  /** Catches up with the committed case facts, then lets {@code reader} look at them. */
  public <T> T read(Function<CaseFactColumns, T> reader) {
    lock.writeLock().lock();
    try {
      snapshot.executeWithoutResult(status -> catchUp());
      lock.readLock().lock();
    } finally {
      lock.writeLock().unlock();
    }
    try {
      return reader.apply(facts);
    } finally {
      lock.readLock().unlock();
    }
  }

  private void catchUp() {
    long[] stamps = jdbc.sql("select generation, pg_snapshot_xmin(pg_current_snapshot())::text::bigint as oldest from case_fact_generation")
        .query((rs, row) -> new long[] {rs.getLong("generation"), rs.getLong("oldest")}).single();
    long current = stamps[0];
    long oldestRunning = stamps[1];
    if (facts == null || current != generation) {
      facts = loadAll();
    } else {
      applyChangesSince(since);
    }
    generation = current;
    since = oldestRunning;
  }

  /** Every case fact of the table, read afresh into new columns. */
  private CaseFactColumns loadAll() {
    CaseFactColumns loaded = new CaseFactColumns();
    jdbc.sql("select " + COLUMNS + " from case_fact").query((ResultSet rs) -> {
      loaded.put(fact(rs));
    });
    return loaded;
  }

  /** Forgets the cases removed and takes the rows changed by transactions from {@code txid} on. */
  private void applyChangesSince(long txid) {
    List<UUID> removed = jdbc.sql("select case_id from case_fact_removed where change_txid >= :since")
        .param("since", txid).query(UUID.class).list();
    removed.forEach(facts::remove);
    jdbc.sql("select " + COLUMNS + " from case_fact where change_txid >= :since").param("since", txid)
        .query((ResultSet rs) -> {
          facts.put(fact(rs));
        });
  }

  private static CaseFact fact(ResultSet rs) throws SQLException {
    int flags = (rs.getBoolean("closed") ? CaseFactColumns.CLOSED : 0) | (rs.getBoolean("unreachable") ? CaseFactColumns.UNREACHABLE : 0)
        | (rs.getBoolean("escalated") ? CaseFactColumns.ESCALATED : 0)
        | (rs.getBoolean("answered_again") ? CaseFactColumns.ANSWERED_AGAIN : 0)
        | (rs.getBoolean("recovered") ? CaseFactColumns.RECOVERED : 0);
    return new CaseFact(rs.getObject("case_id", UUID.class), rs.getInt("epoch_day"), rs.getString("team"), rs.getString("owner"),
        rs.getString("touchpoint"), rs.getString("employee"), rs.getString("product"), rs.getString("country"),
        rs.getString("segment"), micros(rs, "callback_due", CaseFactColumns.NO_INSTANT_AFTER),
        micros(rs, "first_reached_at", CaseFactColumns.NO_INSTANT_BEFORE), hours(rs, "first_contact_hours"),
        hours(rs, "close_hours"), flags);
  }

  private static long micros(ResultSet rs, String column, long absent) throws SQLException {
    OffsetDateTime instant = rs.getObject(column, OffsetDateTime.class);
    return instant == null ? absent : instant.toEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
  }

  private static double hours(ResultSet rs, String column) throws SQLException {
    double hours = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : hours;
  }
}
