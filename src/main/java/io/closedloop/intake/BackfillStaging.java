package io.closedloop.intake;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.shared.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The SQL of a backfill, chunk by chunk inside the caller's transaction: a chunk's rows copied into
 * the {@code import_row} staging table, the first row of each new external id picked into
 * {@code import_winner}, reference codes and responses written from it with one statement each,
 * and the rows not stored told apart as duplicates or conflicts.
 */
final class BackfillStaging {

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

  BackfillStaging(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Tunes the transaction for chunk-sized statements and creates the staging table, dropped at commit. */
  void prepare() {
    // A chunk is small next to the tables it is checked against: probe their indexes instead of
    // scanning them whole for every chunk (they are in memory: random reads cost about as much as
    // sequential ones), and sort a chunk in memory.
    jdbc.sql("set local random_page_cost = 1.1").update();
    jdbc.sql("set local work_mem = '64MB'").update();
    jdbc.sql(STAGING).update();
  }

  /** Replaces the staging table's rows with the chunk's, by COPY. */
  void copy(BackfillChunk chunk) {
    jdbc.sql("truncate import_row").update();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("copy import_row from stdin", new ByteArrayInputStream(chunk.lines(), 0, chunk.length()));
    } catch (SQLException | IOException e) {
      throw new DataAccessResourceFailureException("The import could not be copied into its staging table", e);
    }
  }

  /** Picks the first row of each external id the database does not hold yet. */
  void pickFirstRowsOfNewIds() {
    jdbc.sql("analyze import_row").update();
    jdbc.sql("drop table if exists import_winner").update();
    jdbc.sql(WINNERS).update();
  }

  /** Adds the reference codes the picked rows name that are not known yet. */
  void storeReferenceCodes() {
    jdbc.sql(CODES).update();
  }

  /** Stores the picked rows as responses received {@code now}; how many were stored. */
  int storeResponses(Instant now) {
    return jdbc.sql(RESPONSES).param("now", Timestamp.from(now)).update();
  }

  /** Counts each staged row not stored as a duplicate, a conflict with what was received before, or a failure. */
  void classifyTheRest(ImportTally tally) {
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
}
