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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a historical backfill (no cases opened) set-wise, at close to the speed of PostgreSQL's
 * {@code COPY}: rows are validated as they stream in, the good ones are copied into a staging
 * table, and customers, reference codes and responses are then written with one statement each.
 * The first row of an external id wins unless the database already holds it; every other row of
 * that id is a duplicate when its fingerprint matches the winner's and a conflict otherwise.
 * Everything happens in one transaction, so a file that turns out to be malformed stores nothing.
 */
@Component
class BackfillImport {

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
  private static final String CUSTOMERS = """
      insert into customer (id, external_id, name, email, phone, segment, service_preference, account_owner, created_at, updated_at)
      select gen_random_uuid(), customer_external_id,
             (array_agg(customer_name order by row_no desc) filter (where customer_name is not null))[1],
             (array_agg(customer_email order by row_no desc) filter (where customer_email is not null))[1],
             (array_agg(customer_phone order by row_no desc) filter (where customer_phone is not null))[1],
             (array_agg(customer_segment order by row_no desc) filter (where customer_segment is not null))[1],
             (array_agg(customer_preference order by row_no desc) filter (where customer_preference is not null))[1],
             (array_agg(customer_owner order by row_no desc) filter (where customer_owner is not null))[1],
             :now, :now
      from import_winner group by customer_external_id
      on conflict (external_id) do update set
        name = coalesce(excluded.name, customer.name),
        email = coalesce(excluded.email, customer.email),
        phone = coalesce(excluded.phone, customer.phone),
        segment = coalesce(excluded.segment, customer.segment),
        service_preference = coalesce(excluded.service_preference, customer.service_preference),
        account_owner = coalesce(excluded.account_owner, customer.account_owner),
        updated_at = excluded.updated_at
      """;
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
                            employee, product, country, language, customer_id, content_hash)
      select w.id, w.external_id, w.score, w.category, w.comment, w.answered_at, :now, w.touchpoint, w.team,
             w.employee, w.product, w.country, w.language, c.id, w.content_hash
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

  BackfillImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, SubmissionValidator validator,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.validator = validator;
    this.clock = clock;
  }

  /** Stores the rows of an open parser; throws what the parser throws on a malformed file, after rolling back. */
  BatchResult store(CSVParser parser) {
    return transaction.execute(status -> {
      Instant now = clock.instant();
      jdbc.sql(STAGING).update();
      List<RowResult> rejected = new ArrayList<>();
      copyGoodRows(parser, now, rejected);
      jdbc.sql(WINNERS).update();
      jdbc.sql(CUSTOMERS).param("now", Timestamp.from(now)).update();
      jdbc.sql(CODES).update();
      int created = jdbc.sql(RESPONSES).param("now", Timestamp.from(now)).update();
      int duplicates = classifyTheRest(rejected);
      rejected.sort(Comparator.comparingInt(RowResult::row));
      return new BatchResult(created, duplicates, rejected.size(), rejected);
    });
  }

  private void copyGoodRows(CSVParser parser, Instant now, List<RowResult> rejected) {
    int columns = parser.getHeaderNames().size();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    PGCopyOutputStream copy = null;
    try {
      copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
          "copy import_row from stdin", 1 << 16);
      CopyRow line = new CopyRow();
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        if (record.size() != columns) {
          rejected.add(RowResult.rejected(row, List.of(new FieldError("row",
              "has " + record.size() + " cells but the header names " + columns + " columns"))));
          continue;
        }
        NewResponse response;
        try {
          response = validator.validate(ImportingResponses.submission(record));
        } catch (InvalidInputException e) {
          rejected.add(RowResult.rejected(row, e.errors()));
          continue;
        }
        line.write(copy, row, response, now);
      }
      copy.endCopy();
      copy = null;
    } catch (SQLException | IOException e) {
      throw new DataAccessResourceFailureException("The import could not be copied into its staging table", e);
    } finally {
      if (copy != null && copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException ignored) {
          // the transaction rolls back anyway
        }
      }
    }
  }

  private int classifyTheRest(List<RowResult> rejected) {
    int[] duplicates = {0};
    jdbc.sql(NOT_CREATED).query(rs -> {
      int row = rs.getInt("row_no");
      if (rs.getBoolean("same_content")) {
        duplicates[0]++;
      } else if (rs.wasNull()) {
        rejected.add(RowResult.rejected(row, List.of(new FieldError("row", "could not be stored; try again"))));
      } else {
        rejected.add(RowResult.rejected(row, List.of(new FieldError("externalId", "A response with externalId '"
            + rs.getString("external_id") + "' was already received with different content"))));
      }
    });
    return duplicates[0];
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
