package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Imports responses from an RFC 4180 CSV file (UTF-8, a header row of the JSON field names,
 * customer fields as {@code customer.externalId}, ...). The file is spooled and read twice:
 * first to check its structure, so a malformed file is refused whole and nothing is half
 * written; then row by row, keeping the good rows and reporting each bad one. A backfill
 * ({@code openCases=false}) opens no cases and goes the set-wise way of {@link BackfillImport}
 * instead, in one pass and one transaction.
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

  private final ReceivingBatch batch;
  private final BackfillImport backfill;

  ImportingResponses(ReceivingBatch batch, BackfillImport backfill) {
    this.batch = batch;
    this.backfill = backfill;
  }

  /** Imports the file {@code body} posted by {@code postedBy}. */
  public BatchResult importCsv(InputStream body, boolean openCases, String postedBy) throws IOException {
    if (!openCases) {
      return backfill(body, postedBy);
    }
    Path spool = Files.createTempFile("closedloop-import-", ".csv");
    try {
      try (body) {
        Files.copy(body, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      checkStructure(spool);
      return store(spool, openCases, postedBy);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private BatchResult backfill(InputStream body, String postedBy) {
    try (body; CSVParser parser = parse(body)) {
      checkHeader(parser);
      return backfill.store(parser, postedBy);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  private static void checkStructure(Path file) {
    try (CSVParser parser = parse(file)) {
      checkHeader(parser);
      for (CSVRecord ignored : parser) {
        // reading every record is the structural check
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

  private BatchResult store(Path file, boolean openCases, String postedBy) throws IOException {
    List<RowResult> results = new ArrayList<>();
    try (CSVParser parser = parse(file)) {
      int columns = parser.getHeaderNames().size();
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        if (record.size() != columns) {
          results.add(RowResult.rejected(row, List.of(new FieldError("row",
              "has " + record.size() + " cells but the header names " + columns + " columns"))));
          continue;
        }
        results.add(batch.receive(row, submission(record), openCases, postedBy));
      }
    }
    return ReceivingBatch.summarize(results, ReceivingBatch.rejectedOnly());
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

  private static CSVParser parse(Path file) throws IOException {
    return parse(Files.newInputStream(file));
  }

  private static CSVParser parse(InputStream in) throws IOException {
    Reader reader = new InputStreamReader(new java.io.BufferedInputStream(in, 1 << 16), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return CSVParser.parse(skipByteOrderMark(reader), FORMAT);
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
}
