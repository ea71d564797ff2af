package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a historical backfill (no cases opened) set-wise, at close to the speed of PostgreSQL's
 * {@code COPY}: one thread reads and validates the file in chunks while the database stores the
 * previous chunk; a chunk's good rows are copied into a staging table, and customers, reference
 * codes and responses are then written with one statement each. The first row of an external id
 * wins unless the database (or an earlier chunk) already holds it; every other row of that id is a
 * duplicate when its fingerprint matches the winner's and a conflict otherwise. Everything happens
 * in one transaction, so a file that turns out to be malformed stores nothing. Known customers are
 * treated as one response at a time treats them ({@link RegisteringCustomer}): differences recorded,
 * applied only as {@link IntakeSettings#customerUpdates()} says.
 */
@Component
class BackfillImport {

  private static final Logger log = LoggerFactory.getLogger(BackfillImport.class);

  private static final String STAGING = """
      create temp table import_row (
          row_no int not null, id uuid not null, external_id text not null, score smallint not null, category text not null,
          comment text, answered_at timestamptz not null, touchpoint text, team text, employee text, product text,
          country text, language text, customer_external_id text not null, customer_name text, customer_email text,
          customer_phone text, customer_segment text, customer_preference text, customer_owner text,
          content_hash text not null
      ) on commit drop
      """;
  private static final String WINNERS = """
      create temp table import_winner on commit drop as
      select distinct on (s.external_id) s.* from import_row s
      where not exists (select 1 from response r where r.external_id = s.external_id)
      order by s.external_id, s.row_no
      """;
  /** The details each customer of a chunk comes with: per detail the latest row's value that has one, and that row. */
  private static final String CHUNK_CUSTOMERS = """
      create temp table import_customer on commit drop as
      select customer_external_id as external_id,
             (array_agg(customer_name order by row_no desc) filter (where customer_name is not null))[1] as name,
             (array_agg(id order by row_no desc) filter (where customer_name is not null))[1] as name_from,
             (array_agg(customer_email order by row_no desc) filter (where customer_email is not null))[1] as email,
             (array_agg(id order by row_no desc) filter (where customer_email is not null))[1] as email_from,
             (array_agg(customer_phone order by row_no desc) filter (where customer_phone is not null))[1] as phone,
             (array_agg(id order by row_no desc) filter (where customer_phone is not null))[1] as phone_from,
             (array_agg(customer_segment order by row_no desc) filter (where customer_segment is not null))[1] as segment,
             (array_agg(id order by row_no desc) filter (where customer_segment is not null))[1] as segment_from,
             (array_agg(customer_preference order by row_no desc) filter (where customer_preference is not null))[1] as service_preference,
             (array_agg(id order by row_no desc) filter (where customer_preference is not null))[1] as service_preference_from,
             (array_agg(customer_owner order by row_no desc) filter (where customer_owner is not null))[1] as account_owner,
             (array_agg(id order by row_no desc) filter (where customer_owner is not null))[1] as account_owner_from
      from import_winner group by customer_external_id
      """;
  /** Each detail a chunk gives a known customer differently, with the row that gave it; before the customers change. */
  private static final String CUSTOMER_CHANGES = """
      insert into customer_change (id, customer_id, field, before_value, after_value, applied, response_id,
                                   response_external_id, posted_by, changed_at)
      select gen_random_uuid(), c.id, d.field, d.before, d.after, :apply or d.before is null, w.id, w.external_id, :postedBy, :now
      from import_customer i
      join customer c on c.external_id = i.external_id
      cross join lateral (values
          ('name', c.name, i.name, i.name_from),
          ('email', c.email, i.email, i.email_from),
          ('phone', c.phone, i.phone, i.phone_from),
          ('segment', c.segment, i.segment, i.segment_from),
          ('servicePreference', c.service_preference, i.service_preference, i.service_preference_from),
          ('accountOwner', c.account_owner, i.account_owner, i.account_owner_from)
      ) d(field, before, after, source)
      join import_winner w on w.id = d.source
      where d.after is not null and d.after is distinct from d.before
      """;
  private static final List<String> CUSTOMER_DETAILS = List.of("name", "email", "phone", "segment", "service_preference", "account_owner");
  private static final String CODES = """
      insert into reference_code (kind, code, label)
      select distinct kind, code, code from (
          select 'TOUCHPOINT' as kind, touchpoint as code from import_winner
          union all select 'TEAM', team from import_winner
          union all select 'EMPLOYEE', employee from import_winner
          union all select 'PRODUCT', product from import_winner
          union all select 'COUNTRY', country from import_winner
          union all select 'SEGMENT', customer_segment from import_winner
      ) codes where code is not null
      on conflict do nothing
      """;
  private static final String RESPONSES = """
      insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team,
                            employee, product, country, language, customer_id, segment, content_hash)
      select w.id, w.external_id, w.score, w.category, w.comment, w.answered_at, :now, w.touchpoint, w.team,
             w.employee, w.product, w.country, w.language, c.id, c.segment, w.content_hash
      from import_winner w join customer c on c.external_id = w.customer_external_id
      on conflict (external_id) do nothing
      """;
  private static final String NOT_CREATED = """
      select s.row_no, s.external_id, r.content_hash = s.content_hash as same_content
      from import_row s left join response r on r.external_id = s.external_id
      where r.id is distinct from s.id
      order by s.row_no
      """;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final SubmissionValidator validator;
  private final Clock clock;
  private final IntakeSettings settings;
  private final int chunkRows;
  private final int rejectedRowsListed;

  BackfillImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, SubmissionValidator validator,
      Clock clock, IntakeSettings settings, @Value("${closedloop.import.chunk-rows:25000}") int chunkRows, IntakeLimits limits) {
    this.chunkRows = chunkRows;
    this.settings = settings;
    this.rejectedRowsListed = limits.rejectedRowsListed();
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Stores the rows of an open parser posted by {@code postedBy}; throws what the parser throws on a
   * malformed file, after rolling back.
   */
  BatchResult store(CSVParser parser, String postedBy) {
    Instant now = clock.instant();
    ChunkedRows chunks = new ChunkedRows(parser, validator, now, chunkRows);
    Thread reading = new Thread(chunks, "import-validation");
    reading.setDaemon(true);
    reading.start();
    try {
      return transaction.execute(status -> storeChunks(chunks, now, postedBy));
    } finally {
      chunks.stop();
      joinQuietly(reading);
    }
  }

  private BatchResult storeChunks(ChunkedRows chunks, Instant now, String postedBy) {
    Steps steps = new Steps();
    // A chunk is small next to the tables it is checked against: probe their indexes instead of
    // scanning them whole for every chunk (they are in memory: random reads cost about as much as
    // sequential ones), and sort a chunk in memory.
    jdbc.sql("set local random_page_cost = 1.1").update();
    jdbc.sql("set local work_mem = '64MB'").update();
    jdbc.sql(STAGING).update();
    ImportTally tally = new ImportTally(rejectedRowsListed);
    int rows = 0;
    for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
      steps.waited();
      chunk.rejected().forEach(tally::add);
      rows += chunk.copied() + chunk.rejected().size();
      if (chunk.copied() == 0) {
        continue;
      }
      jdbc.sql("truncate import_row").update();
      copy(chunk);
      steps.done("copy");
      jdbc.sql("analyze import_row").update();
      jdbc.sql("drop table if exists import_winner").update();
      jdbc.sql(WINNERS).update();
      steps.done("first rows of new ids");
      storeCustomers(now, postedBy);
      steps.done("customers");
      jdbc.sql(CODES).update();
      steps.done("reference codes");
      int inserted = jdbc.sql(RESPONSES).param("now", Timestamp.from(now)).update();
      tally.created(inserted);
      steps.done("responses");
      if (inserted != chunk.copied()) {
        classifyTheRest(tally);
        steps.done("duplicates and conflicts");
      }
    }
    log.debug("Backfill of {} rows: {}", rows, steps);
    return tally.result();
  }

  /**
   * Registers the chunk's new customers and records what it gives known customers differently in
   * their history, applying it as {@link IntakeSettings#customerUpdates()} says. Differences between
   * rows of one chunk are not recorded: a detail's latest row speaks for the chunk.
   */
  private void storeCustomers(Instant now, String postedBy) {
    CustomerUpdates rule = settings.customerUpdates();
    jdbc.sql("drop table if exists import_customer").update();
    jdbc.sql(CHUNK_CUSTOMERS).update();
    jdbc.sql(CUSTOMER_CHANGES).param("apply", rule == CustomerUpdates.APPLY).param("postedBy", postedBy)
        .param("now", Timestamp.from(now)).update();
    jdbc.sql(customersUpserted(rule)).param("now", Timestamp.from(now)).update();
  }

  /** New customers inserted; known ones take a chunk's details where the rule lets them, and fill in what they lack. */
  private static String customersUpserted(CustomerUpdates rule) {
    String columns = String.join(", ", CUSTOMER_DETAILS);
    StringBuilder sql = new StringBuilder("insert into customer (id, external_id, ").append(columns).append(", created_at, updated_at)\n")
        .append("select gen_random_uuid(), external_id, ").append(columns).append(", :now, :now from import_customer\n")
        .append("on conflict (external_id) do update set\n");
    for (String column : CUSTOMER_DETAILS) {
      sql.append("  ").append(column).append(" = ").append(rule == CustomerUpdates.APPLY
          ? "coalesce(excluded." + column + ", customer." + column + ")"
          : "coalesce(customer." + column + ", excluded." + column + ")").append(",\n");
    }
    return sql.append("  updated_at = excluded.updated_at").toString();
  }

  private void copy(Chunk chunk) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("copy import_row from stdin", new java.io.ByteArrayInputStream(chunk.lines(), 0, chunk.length()));
    } catch (SQLException | IOException e) {
      throw new DataAccessResourceFailureException("The import could not be copied into its staging table", e);
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void classifyTheRest(ImportTally tally) {
    jdbc.sql(NOT_CREATED).query(rs -> {
      int row = rs.getInt("row_no");
      if (rs.getBoolean("same_content")) {
        tally.duplicates(1);
      } else if (rs.wasNull()) {
        tally.add(RowResult.rejected(row, List.of(new FieldError("row", "could not be stored; try again"))));
      } else {
        tally.add(RowResult.rejected(row, List.of(new FieldError("externalId", "A response with externalId '"
            + rs.getString("external_id") + "' was already received with different content"))));
      }
    });
  }

  /** How long each step of an import took, for the debug log. */
  private static final class Steps {
    private long last = System.nanoTime();

    private final java.util.Map<String, Long> millis = new java.util.LinkedHashMap<>();

    void waited() {
      done("waiting for validation");
    }

    void done(String step) {
      long now = System.nanoTime();
      millis.merge(step, (now - last) / 1_000_000, Long::sum);
      last = now;
    }

    @Override
    public String toString() {
      return millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /** A validated slice of the file: its good rows as COPY text and its rejected rows. */
  record Chunk(byte[] lines, int length, int copied, List<RowResult> rejected) {}

  /**
   * Reads and validates the file on its own thread, a chunk ahead of the database, handing over
   * each chunk as COPY text; a parse error is handed over in place of the next chunk.
   */
  static final class ChunkedRows implements Runnable {
    /** A chunk also ends at this much COPY text, so long rows do not make it large. */
    private static final int CHUNK_BYTES = 8 << 20;
    private static final Chunk END = new Chunk(new byte[0], 0, 0, List.of());
    private final CSVParser parser;
    private final SubmissionValidator validator;
    private final Instant now;
    private final int chunkRows;
    private final java.util.concurrent.BlockingQueue<Object> handover = new java.util.concurrent.ArrayBlockingQueue<>(1);
    private volatile boolean stopped;

    ChunkedRows(CSVParser parser, SubmissionValidator validator, Instant now, int chunkRows) {
      this.parser = parser;
      this.validator = validator;
      this.now = now;
      this.chunkRows = chunkRows;
    }

    @Override
    public void run() {
      try {
        int columns = parser.getHeaderNames().size();
        CopyRow line = new CopyRow();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
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
            hand(new Chunk(out.toByteArray(), out.size(), copied, rejected));
            out.reset();
            rejected = new ArrayList<>();
            copied = 0;
          }
        }
        hand(new Chunk(out.toByteArray(), out.size(), copied, rejected));
        hand(END);
      } catch (RuntimeException | IOException e) {
        handQuietly(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The next chunk, null after the last; rethrows what reading the file threw. */
    Chunk next() {
      try {
        Object next = handover.take();
        if (next instanceof RuntimeException e) {
          throw e;
        }
        if (next instanceof IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return next == END ? null : (Chunk) next;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while importing", e);
      }
    }

    void stop() {
      stopped = true;
      handover.clear();
    }

    private void hand(Object item) throws InterruptedException {
      while (!stopped && !handover.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
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

  /** One row in PostgreSQL's COPY text format: tab-separated, backslash-escaped, {@code \N} for null. */
  private static final class CopyRow {
    private final StringBuilder line = new StringBuilder(512);

    void write(OutputStream out, int row, NewResponse response, Instant now) throws IOException {
      CustomerDetails customer = response.customer();
      line.setLength(0);
      field(Integer.toString(row));
      field(UUID.randomUUID().toString());
      field(response.externalId());
      field(Integer.toString(response.score()));
      field(response.category().name());
      field(response.comment());
      field((response.answeredAt() == null ? now : response.answeredAt()).toString());
      field(response.touchpoint());
      field(response.team());
      field(response.employee());
      field(response.product());
      field(response.country());
      field(response.language());
      field(customer.externalId());
      field(customer.name());
      field(customer.email());
      field(customer.phone());
      field(customer.segment());
      field(customer.servicePreference() == null ? null : customer.servicePreference().name());
      field(customer.accountOwner());
      field(response.fingerprint());
      line.setCharAt(line.length() - 1, '\n');
      out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void field(String value) {
      if (value == null) {
        line.append("\\N");
      } else {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          switch (c) {
            case '\\' -> line.append("\\\\");
            case '\t' -> line.append("\\t");
            case '\n' -> line.append("\\n");
            case '\r' -> line.append("\\r");
            default -> line.append(c);
          }
        }
      }
      line.append('\t');
    }
  }
}
