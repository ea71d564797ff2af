package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import java.util.List;

/**
 * A validated slice of a backfill file: its good rows as COPY text ({@code lines} up to
 * {@code length}, {@code copied} rows) and its rejected rows.
 */
record BackfillChunk(byte[] lines, int length, int copied, List<RowResult> rejected) {

  /** How many rows of the file the chunk covers, good and rejected. */
  int rows() {
    return copied + rejected.size();
  }
}
