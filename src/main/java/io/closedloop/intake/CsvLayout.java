package io.closedloop.intake;

import java.util.List;

/**
 * How the rows of a CSV file other than ClosedLoop's own become submissions, such as a survey
 * tool's export read with a column mapping: how many rows at the top are header, and, once those
 * are read, how each data row becomes a {@link ResponseSubmission}.
 */
public interface CsvLayout {

  /** The rows at the top of the file that are header (column names, then e.g. question texts); at least 1. */
  int headerRows();

  /**
   * Checks the header rows and answers how each data row is read, or throws an
   * {@link io.closedloop.shared.InvalidInputException} naming what the file lacks, so the file is refused whole.
   */
  RowReader reader(List<List<String>> headerRows);

  /** Turns the cells of one data row into a submission; a cell missing at the end of a short row is absent. */
  @FunctionalInterface
  interface RowReader {
    ResponseSubmission submission(List<String> cells);
  }
}
