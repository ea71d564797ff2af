package io.closedloop.intake;

import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a historical backfill (no cases opened) set-wise, at close to the speed of PostgreSQL's
 * {@code COPY}: one thread reads and validates the file in chunks ({@link BackfillReader}) while the
 * database stores the previous chunk; a chunk's good rows are copied into a staging table, and
 * customers, reference codes and responses are then written with one statement each
 * ({@link BackfillStaging}, {@link BackfillCustomers}). The first row of an external id wins unless
 * the database (or an earlier chunk) already holds it; every other row of that id is a duplicate when
 * its fingerprint matches the winner's and a conflict otherwise. Everything happens in one
 * transaction, so a file that turns out to be malformed stores nothing. Known customers are treated
 * as one response at a time treats them ({@link RegisteringCustomer}): differences recorded, applied
 * only as {@link IntakeSettings#customerUpdates()} says.
 */
@Component
class BackfillImport {

  private static final Logger log = LoggerFactory.getLogger(BackfillImport.class);

  private final BackfillStaging staging;
  private final BackfillCustomers customers;
  private final TransactionTemplate transaction;
  private final SubmissionValidator validator;
  private final Clock clock;
  private final int chunkRows;
  private final int rejectedRowsListed;

  BackfillImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, SubmissionValidator validator,
      Clock clock, IntakeSettings settings, @Value("${closedloop.import.chunk-rows:25000}") int chunkRows, IntakeLimits limits) {
    this.staging = new BackfillStaging(dataSource, jdbc);
    this.customers = new BackfillCustomers(jdbc, settings);
    this.transaction = transaction;
    this.validator = validator;
    this.clock = clock;
    this.chunkRows = chunkRows;
    this.rejectedRowsListed = limits.rejectedRowsListed();
  }

  /**
   * Stores the rows of an open parser posted by {@code postedBy}; throws what the parser throws on a
   * malformed file, after rolling back.
   */
  BatchResult store(CSVParser parser, String postedBy) {
    Instant now = clock.instant();
    BackfillReader chunks = new BackfillReader(parser, validator, now, chunkRows);
    Thread reading = chunks.start();
    try {
      return transaction.execute(status -> storeChunks(chunks, now, postedBy));
    } finally {
      chunks.stop();
      joinQuietly(reading);
    }
  }

  private BatchResult storeChunks(BackfillReader chunks, Instant now, String postedBy) {
    ImportStepTimes steps = new ImportStepTimes();
    staging.prepare();
    ImportTally tally = new ImportTally(rejectedRowsListed);
    int rows = 0;
    for (BackfillChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
      steps.waited();
      chunk.rejected().forEach(tally::add);
      rows += chunk.rows();
      if (chunk.copied() > 0) {
        storeChunk(chunk, now, postedBy, tally, steps);
      }
    }
    log.debug("Backfill of {} rows: {}", rows, steps);
    return tally.result();
  }

  private void storeChunk(BackfillChunk chunk, Instant now, String postedBy, ImportTally tally, ImportStepTimes steps) {
    staging.copy(chunk);
    steps.done("copy");
    staging.pickFirstRowsOfNewIds();
    steps.done("first rows of new ids");
    customers.store(now, postedBy);
    steps.done("customers");
    staging.storeReferenceCodes();
    steps.done("reference codes");
    int inserted = staging.storeResponses(now);
    tally.created(inserted);
    steps.done("responses");
    if (inserted != chunk.copied()) {
      staging.classifyTheRest(tally);
      steps.done("duplicates and conflicts");
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
