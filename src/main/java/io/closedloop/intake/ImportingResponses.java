package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Imports responses from an RFC 4180 CSV file (UTF-8, a header row of the JSON field names,
 * customer fields as {@code customer.externalId}, ...), row by row as the request streams in, so
 * memory stays flat whatever the file's size. The file is read twice: first from the request,
 * checking its structure and the {@link IntakeLimits} while a copy goes to a temporary file, so a
 * malformed or oversized file is refused whole and nothing is half written; then from that copy,
 * row by row, keeping the good rows and counting the bad ones (the answer lists the first of
 * them). A backfill ({@code openCases=false}) opens no cases and goes the set-wise way of
 * {@link BackfillImport} instead, in one pass and one transaction.
 */
@Service
public class ImportingResponses {

  /** The columns a file may have. */
  public static final Set<String> COLUMNS = new LinkedHashSet<>(List.of(
      "externalId", "score", "comment", "answeredAt", "touchpoint", "team", "employee", "product", "country", "language",
      "customer.externalId", "customer.name", "customer.email", "customer.phone", "customer.segment",
      "customer.servicePreference", "customer.accountOwner"));

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(false)
      .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
      .get();

  /** A file read row by row without a header of known names: a tool's export, whose header the {@link CsvLayout} reads. */
  private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().get();

  private final ReceivingBatch batch;
  private final BackfillImport backfill;
  private final IntakeLimits limits;

  ImportingResponses(ReceivingBatch batch, BackfillImport backfill, IntakeLimits limits) {
    this.batch = batch;
    this.backfill = backfill;
    this.limits = limits;
  }

  /**
   * Imports the file of a request posted by {@code postedBy}; {@code declaredLength} is its
   * Content-Length, or -1 when it has none.
   */
  public BatchResult importCsv(InputStream request, long declaredLength, boolean openCases, String postedBy) throws IOException {
    InputStream body = BoundedBody.of(request, declaredLength, limits.csvBody(), "a CSV file");
    if (!openCases) {
      return backfill(body, postedBy);
    }
    Path copy = Files.createTempFile("closedloop-import-", ".csv");
    try {
      try (body; OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
        checkStructure(new CopyingStream(body, out));
      }
      return store(copy, postedBy);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * Imports a file whose rows the {@code layout} reads, e.g. a survey tool's own export read with a
   * column mapping, posted by {@code postedBy}: the same two readings, limits and answer as a file of
   * our own columns, and every detractor opens a case.
   */
  public BatchResult importCsv(InputStream request, long declaredLength, CsvLayout layout, String postedBy) throws IOException {
    InputStream body = BoundedBody.of(request, declaredLength, limits.csvBody(), "a CSV file");
    Path copy = Files.createTempFile("closedloop-import-", ".csv");
    try {
      try (body; OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
        checkStructure(new CopyingStream(body, out), layout);
      }
      return store(copy, layout, postedBy);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private void checkStructure(InputStream body, CsvLayout layout) {
    try (CSVParser parser = parse(body, PLAIN)) {
      Iterator<CSVRecord> records = parser.iterator();
      layout.reader(headerRows(records, layout));
      while (records.hasNext()) {
        records.next();
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  private BatchResult store(Path file, CsvLayout layout, String postedBy) throws IOException {
    ImportTally tally = new ImportTally(limits.rejectedRowsListed());
    try (CSVParser parser = parse(new BufferedInputStream(Files.newInputStream(file), 1 << 16), PLAIN)) {
      Iterator<CSVRecord> records = parser.iterator();
      CsvLayout.RowReader reader = layout.reader(headerRows(records, layout));
      int row = 0;
      while (records.hasNext()) {
        row++;
        tally.add(batch.receive(row, reader.submission(records.next().toList()), true, postedBy));
      }
    }
    return tally.result();
  }

  private static List<List<String>> headerRows(Iterator<CSVRecord> records, CsvLayout layout) {
    List<List<String>> header = new ArrayList<>();
    while (header.size() < layout.headerRows() && records.hasNext()) {
      header.add(records.next().toList());
    }
    if (header.size() < layout.headerRows()) {
      throw new InvalidInputException("header", "is missing: the file must begin with " + layout.headerRows() + " header rows");
    }
    return header;
  }

  private BatchResult backfill(InputStream body, String postedBy) {
    try (body; CSVParser parser = parse(body)) {
      checkHeader(parser);
      return backfill.store(parser, postedBy);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  private void checkStructure(InputStream body) {
    try (CSVParser parser = parse(body)) {
      checkHeader(parser);
      for (CSVRecord ignored : parser) {
        // reading every record is the structural check, and the limits' check
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  private static void checkHeader(CSVParser parser) {
    List<String> unknown = parser.getHeaderNames().stream().filter(name -> !COLUMNS.contains(name)).toList();
    if (parser.getHeaderNames().isEmpty()) {
      throw new InvalidInputException("header", "is missing: the first row must name the columns");
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.stream()
          .map(name -> new FieldError(name, "is not a known column; known are " + String.join(", ", COLUMNS)))
          .toList());
    }
  }

  private BatchResult store(Path file, String postedBy) throws IOException {
    ImportTally tally = new ImportTally(limits.rejectedRowsListed());
    try (CSVParser parser = parse(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int columns = parser.getHeaderNames().size();
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        if (record.size() != columns) {
          tally.add(RowResult.rejected(row, List.of(new FieldError("row",
              "has " + record.size() + " cells but the header names " + columns + " columns"))));
          continue;
        }
        tally.add(batch.receive(row, submission(record), true, postedBy));
      }
    }
    return tally.result();
  }

  static ResponseSubmission submission(CSVRecord record) {
    return new ResponseSubmission(
        cell(record, "externalId"), cell(record, "score"), cell(record, "comment"), cell(record, "answeredAt"),
        cell(record, "touchpoint"), cell(record, "team"), cell(record, "employee"), cell(record, "product"),
        cell(record, "country"), cell(record, "language"),
        new CustomerSubmission(cell(record, "customer.externalId"), cell(record, "customer.name"),
            cell(record, "customer.email"), cell(record, "customer.phone"), cell(record, "customer.segment"),
            cell(record, "customer.servicePreference"), cell(record, "customer.accountOwner")));
  }

  private static String cell(CSVRecord record, String column) {
    if (!record.isMapped(column)) {
      return null;
    }
    String value = record.get(column);
    return value == null || value.isEmpty() ? null : value;
  }

  private CSVParser parse(InputStream in) throws IOException {
    return parse(in, FORMAT);
  }

  private CSVParser parse(InputStream in, CSVFormat format) throws IOException {
    Reader reader = new InputStreamReader(new BufferedInputStream(in, 1 << 16), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return CSVParser.parse(new BoundedCsvReader(skipByteOrderMark(reader), limits.csvRows(), limits.fieldLength()), format);
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static InvalidInputException malformed(Exception e) {
    Throwable cause = e instanceof CharacterCodingException || e.getCause() == null ? e : e.getCause();
    String message = cause instanceof CharacterCodingException ? "is not valid UTF-8" : "is not valid RFC 4180 CSV: " + cause.getMessage();
    return new InvalidInputException("body", message);
  }

  /** The request's bytes as they are read, copied aside for the second reading. */
  private static final class CopyingStream extends FilterInputStream {
    private final OutputStream copy;

    CopyingStream(InputStream in, OutputStream copy) {
      super(in);
      this.copy = copy;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        copy.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        copy.write(buffer, offset, n);
      }
      return n;
    }
  }
}
