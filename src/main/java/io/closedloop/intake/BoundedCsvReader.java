package io.closedloop.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of an RFC 4180 CSV file on their way to the parser, watched for the
 * {@link IntakeLimits}: too many rows, too long a cell or too many cells in a row stop the
 * reading there, before the parser has gathered them. It follows the file's quoting itself, as
 * commons-csv reads {@code RFC4180} (CR, LF or CRLF end a row outside quotes; {@code ""} is a
 * quote inside quotes), so it counts the same rows and cells as the parser.
 */
final class BoundedCsvReader extends FilterReader {

  /** No file of our columns needs more; a row with more cells is refused before it is held. */
  static final int MAX_CELLS = 1_000;
  private static final int MAX_COLUMN_NAME = 100;

  private enum State { ROW_START, CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CR }

  private final int maxRows;
  private final int fieldLength;
  private final List<String> columns = new ArrayList<>();
  private final StringBuilder column = new StringBuilder();
  private State state = State.ROW_START;
  private long rowsBegun;
  private int cell;
  private int length;

  BoundedCsvReader(Reader in, int maxRows, int fieldLength) {
    super(in);
    this.maxRows = maxRows;
    this.fieldLength = fieldLength;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      scan((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      scan(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("a CSV file is read whole");
  }

  private void scan(char c) {
    if (state == State.AFTER_CR) {
      state = State.ROW_START;
      if (c == '\n') {
        return;
      }
    }
    if (state == State.ROW_START) {
      beginRow();
    }
    switch (state) {
      case CELL_START -> {
        if (c == '"') {
          state = State.QUOTED;
        } else {
          unquoted(c);
        }
      }
      case UNQUOTED -> unquoted(c);
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        } else {
          grow(c);
        }
      }
      case QUOTE_IN_QUOTED -> {
        if (c == '"') {
          state = State.QUOTED;
          grow(c);
        } else {
          unquoted(c);
        }
      }
      default -> throw new IllegalStateException("unexpected state " + state);
    }
  }

  private void unquoted(char c) {
    if (c == ',') {
      nextCell();
    } else if (c == '\n') {
      endCell();
      state = State.ROW_START;
    } else if (c == '\r') {
      endCell();
      state = State.AFTER_CR;
    } else {
      state = State.UNQUOTED;
      grow(c);
    }
  }

  private void beginRow() {
    rowsBegun++;
    if (rowsBegun - 1 > maxRows) {
      throw IntakeLimitExceeded.tooLarge("rows", "are more than the limit of " + maxRows + " rows for a CSV file");
    }
    cell = 0;
    length = 0;
    state = State.CELL_START;
  }

  private void endCell() {
    if (row() == 0) {
      columns.add(column.toString());
      column.setLength(0);
    }
  }

  private void nextCell() {
    endCell();
    cell++;
    length = 0;
    state = State.CELL_START;
    if (cell >= MAX_CELLS) {
      throw IntakeLimitExceeded.tooLarge("row", "row " + row() + " has more than the limit of " + MAX_CELLS + " cells");
    }
  }

  /** One more character of the current cell's value; the header's are kept to name the columns. */
  private void grow(char c) {
    if (row() == 0 && length < MAX_COLUMN_NAME) {
      column.append(c);
    }
    if (++length > fieldLength) {
      throw IntakeLimitExceeded.fieldTooLong(column(), (int) row(), fieldLength);
    }
  }

  /** 1-based over the data rows; the header is row 0. */
  private long row() {
    return rowsBegun - 1;
  }

  private String column() {
    if (row() == 0) {
      return "header";
    }
    return cell < columns.size() ? columns.get(cell) : "column " + (cell + 1);
  }
}
