package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What an import did, counted as it goes: every row counted, but only the first rejected rows
 * (by row number) kept for the answer, so a file of a million bad rows answers in a few kilobytes
 * and memory does not grow with the file.
 */
final class ImportTally {

  private final int listed;
  private final PriorityQueue<RowResult> firstRejected = new PriorityQueue<>(Comparator.comparingInt(RowResult::row).reversed());
  private int created;
  private int duplicates;
  private int rejected;

  /** {@code listed}: how many rejected rows the answer lists. */
  ImportTally(int listed) {
    this.listed = listed;
  }

  void add(RowResult result) {
    switch (result.status()) {
      case CREATED -> created++;
      case DUPLICATE -> duplicates++;
      case REJECTED -> reject(result);
    }
  }

  void created(int rows) {
    created += rows;
  }

  void duplicates(int rows) {
    duplicates += rows;
  }

  private void reject(RowResult result) {
    rejected++;
    if (listed == 0) {
      return;
    }
    if (firstRejected.size() < listed) {
      firstRejected.add(result);
    } else if (result.row() < firstRejected.peek().row()) {
      firstRejected.poll();
      firstRejected.add(result);
    }
  }

  /** The counts, and the first rejected rows in row order. */
  BatchResult result() {
    List<RowResult> rows = new ArrayList<>(firstRejected);
    rows.sort(Comparator.comparingInt(RowResult::row));
    return new BatchResult(created, duplicates, rejected, rows);
  }
}
