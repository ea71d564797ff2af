package io.closedloop.metrics.facts;

import io.closedloop.metrics.ClosedLoopConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The first load runs in the background once the application is ready, so a node with a million
 * cases starts as fast as an empty one; until it is done, each read takes the window of facts it
 * needs straight from the database.
 */
@Component
public class CaseFactMirror {

  private static final Logger log = LoggerFactory.getLogger(CaseFactMirror.class);

  private static final int FETCHED_AT_ONCE = 10_000;

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
  private final boolean loadWhenReady;
  private volatile boolean loading;
  private CaseFactColumns facts;
  private long generation = -1;
  private long since;

  public CaseFactMirror(DataSource dataSource, PlatformTransactionManager transactions,
      @Value("${closedloop.metrics.load-case-facts-when-ready:true}") boolean loadWhenReady) {
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    // rows stream through a cursor in the snapshot's transaction: a million at once would not fit the heap
    streaming.setFetchSize(FETCHED_AT_ONCE);
    this.jdbc = JdbcClient.create(streaming);
    this.loadWhenReady = loadWhenReady;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  /** Starts the first load beside the application's start, unless a read has loaded them already. */
  @EventListener(ApplicationReadyEvent.class)
  public void loadInTheBackground() {
    if (!loadWhenReady) {
      return;
    }
    loading = true;
    Thread loader = new Thread(() -> {
      try {
        long started = System.nanoTime();
        lock.writeLock().lock();
        try {
          if (facts == null) {
            snapshot.executeWithoutResult(status -> catchUp());
          }
        } finally {
          loading = false;
          lock.writeLock().unlock();
        }
        log.info("Case facts loaded: {} cases in {} ms", facts.size(), (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("Case facts not loaded in the background; the next read loads them", e);
      }
    }, "case-facts-load");
    loader.setDaemon(true);
    loader.start();
  }

  /** Whether the first load is still running in the background. */
  public boolean loading() {
    return loading;
  }

  /**
   * Catches up with the committed case facts, then lets {@code reader} look at them; while the
   * first load is still running, {@code reader} looks at the {@code window}'s facts read from the
   * database instead, which gives the same figures for the window.
   */
  public <T> T read(CaseFactWindow window, Function<CaseFactColumns, T> reader) {
    if (loading) {
      return snapshot.execute(status -> reader.apply(load(window)));
    }
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
    return load(new CaseFactWindow("true", Map.of()));
  }

  /** The case facts of the window, read afresh into new columns. */
  private CaseFactColumns load(CaseFactWindow window) {
    CaseFactColumns loaded = new CaseFactColumns();
    jdbc.sql("select " + COLUMNS + " from case_fact where " + window.condition()).params(window.parameters())
        .query((ResultSet rs) -> {
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
