package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates a backfill file on its own thread, a chunk ahead of the database, handing
 * over each chunk as COPY text; a parse error is handed over in place of the next chunk.
 */
final class BackfillReader implements Runnable {

  /** A chunk also ends at this much COPY text, so long rows do not make it large. */
  private static final int CHUNK_BYTES = 8 << 20;
  private static final BackfillChunk END = new BackfillChunk(new byte[0], 0, 0, List.of());

  private final CSVParser parser;
  private final SubmissionValidator validator;
  private final Instant now;
  private final int chunkRows;
  private final BlockingQueue<Object> handover = new ArrayBlockingQueue<>(1);
  private volatile boolean stopped;

  /** Reads {@code parser}'s rows in chunks of at most {@code chunkRows}; a row with no answer time was answered {@code now}. */
  BackfillReader(CSVParser parser, SubmissionValidator validator, Instant now, int chunkRows) {
    this.parser = parser;
    this.validator = validator;
    this.now = now;
    this.chunkRows = chunkRows;
  }

  /** Starts reading on a daemon thread of its own, which it returns. */
  Thread start() {
    Thread reading = new Thread(this, "import-validation");
    reading.setDaemon(true);
    reading.start();
    return reading;
  }

  @Override
  public void run() {
    try {
      int columns = parser.getHeaderNames().size();
      CopyTextRow line = new CopyTextRow();
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      List<RowResult> rejected = new ArrayList<>();
      int copied = 0;
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        if (record.size() != columns) {
          rejected.add(RowResult.rejected(row, List.of(new FieldError("row",
              "has " + record.size() + " cells but the header names " + columns + " columns"))));
        } else {
          try {
            line.write(out, row, validator.validate(ImportingResponses.submission(record)), now);
            copied++;
          } catch (InvalidInputException e) {
            rejected.add(RowResult.rejected(row, e.errors()));
          }
        }
        if (copied + rejected.size() >= chunkRows || out.size() >= CHUNK_BYTES) {
          hand(new BackfillChunk(out.toByteArray(), out.size(), copied, rejected));
          out.reset();
          rejected = new ArrayList<>();
          copied = 0;
        }
      }
      hand(new BackfillChunk(out.toByteArray(), out.size(), copied, rejected));
      hand(END);
    } catch (RuntimeException | IOException e) {
      handQuietly(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next chunk, null after the last; rethrows what reading the file threw. */
  BackfillChunk next() {
    try {
      Object next = handover.take();
      if (next instanceof RuntimeException e) {
        throw e;
      }
      if (next instanceof IOException e) {
        throw new UncheckedIOException(e);
      }
      return next == END ? null : (BackfillChunk) next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
  }

  /** Lets the reading thread end without handing over what it still holds. */
  void stop() {
    stopped = true;
    handover.clear();
  }

  private void hand(Object item) throws InterruptedException {
    while (!stopped && !handover.offer(item, 100, TimeUnit.MILLISECONDS)) {
      // the database is still busy with the previous chunk
    }
  }

  private void handQuietly(Exception e) {
    try {
      hand(e);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
