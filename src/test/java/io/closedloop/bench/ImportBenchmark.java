package io.closedloop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.bench.Benchmark.Figure;
import io.closedloop.demo.generator.SampleCsv;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows per second of a generated CSV through {@code POST /api/responses/import?openCases=false}
 * against PostgreSQL's {@code COPY} of the same file into a table with the same indexes as
 * {@code response} (primary key, unique external id, answered-at, customer and answered-at).
 * The COPY runs before and after the import; its mean is the baseline. Beside it, the least the
 * database does to hold the same rows in ClosedLoop's own tables: {@code COPY} of the imported
 * customers and responses, under new ids, into {@code customer} and {@code response} with their
 * constraints, indexes and read-model triggers, in a transaction rolled back afterwards.
 */
final class ImportBenchmark implements Benchmark {

  private static final String COPY_TABLE = """
      create table if not exists bench_copy (
          id uuid primary key default gen_random_uuid(),
          "externalId" varchar(200) not null unique, score smallint not null, comment text, "answeredAt" timestamptz,
          touchpoint varchar(64), team varchar(64), employee varchar(64), product varchar(64), country varchar(2),
          language varchar(2), "customer.externalId" varchar(200) not null, "customer.name" varchar(200),
          "customer.email" varchar(320), "customer.phone" varchar(40), "customer.segment" varchar(64),
          "customer.servicePreference" varchar(20), "customer.accountOwner" varchar(64))
      """;

  @Override
  public String name() {
    return "import";
  }

  @Override
  public Result run(BenchContext context) throws Exception {
    int rows = Integer.getInteger("bench.importRows", context.size(1_000_000, 5_000));
    long seed = System.currentTimeMillis();
    Path file = context.workDir().resolve("import-" + rows + ".csv");
    long generating = System.nanoTime();
    SampleCsv.write(SampleRows.generator(rows, seed, "bench-import-" + seed + "-"), file);
    double generateSeconds = (System.nanoTime() - generating) / 1e9;
    JdbcTemplate jdbc = context.jdbc();
    jdbc.execute(COPY_TABLE);
    jdbc.execute("create index if not exists bench_copy_answered_at on bench_copy (\"answeredAt\")");
    jdbc.execute("create index if not exists bench_copy_customer on bench_copy (\"customer.externalId\", \"answeredAt\")");

    double copyBefore = copy(context, file);
    long started = System.nanoTime();
    HttpResponse<String> answer = context.client("admin").send(context.request("admin", "/api/responses/import?openCases=false")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    double importSeconds = (System.nanoTime() - started) / 1e9;
    JsonNode body = BenchContext.expectOk(answer);
    if (body.get("created").asInt() != rows) {
      throw new IllegalStateException("expected every row created: " + body.toString().substring(0, 300));
    }
    double copyAfter = copy(context, file);
    double copySeconds = (copyBefore + copyAfter) / 2;
    jdbc.execute("drop table bench_copy");
    double floorSeconds = copyIntoOwnTables(context, "bench-import-" + seed + "-");
    return Result.of(name())
        .figure(Figure.vsBaseline("backfill import", Stats.round(rows / importSeconds, 0), "rows/s", "COPY of the file",
            Stats.round(rows / copySeconds, 0), 0.5))
        .figure(new Figure("COPY of the same rows into customer and response", Stats.round(rows / floorSeconds, 0), "rows/s",
            "COPY of the file", Stats.round(rows / copySeconds, 0), Stats.round(copySeconds / floorSeconds, 2), null, null))
        .detail("ownTablesCopySeconds", Stats.round(floorSeconds, 2))
        .detail("importAgainstOwnTablesCopy", Stats.round(floorSeconds / importSeconds, 2))
        .detail("rows", rows).detail("fileMegabytes", Stats.round(Files.size(file) / 1e6, 1))
        .detail("importSeconds", Stats.round(importSeconds, 2)).detail("copySecondsBefore", Stats.round(copyBefore, 2))
        .detail("copySecondsAfter", Stats.round(copyAfter, 2)).detail("generateSeconds", Stats.round(generateSeconds, 2))
        .build();
  }

  /**
   * Seconds to {@code COPY} the imported customers and responses again, under new ids and external
   * ids, into {@code customer} and {@code response}: the foreign key, unique indexes and triggers do
   * their work row by row as for the import. Rolled back, so the data stays as the import left it.
   */
  private static double copyIntoOwnTables(BenchContext context, String prefix) throws Exception {
    try (Connection connection = context.bean(DataSource.class).getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("""
            create temp table floor_response on commit drop as select * from response where external_id like '%s%%'""".formatted(prefix));
        statement.execute("""
            create temp table floor_customer on commit drop as select * from customer
            where id in (select customer_id from floor_response)""");
        statement.execute("""
            update floor_customer set id = md5(id::text || 'floor')::uuid, external_id = external_id || '~floor'""");
        statement.execute("""
            update floor_response set id = gen_random_uuid(), external_id = external_id || '~floor',
                customer_id = md5(customer_id::text || 'floor')::uuid""");
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Path customers = context.workDir().resolve("floor-customers.copy");
      Path responses = context.workDir().resolve("floor-responses.copy");
      try (Writer out = Files.newBufferedWriter(customers, StandardCharsets.UTF_8)) {
        copy.copyOut("copy floor_customer to stdout", out);
      }
      try (Writer out = Files.newBufferedWriter(responses, StandardCharsets.UTF_8)) {
        copy.copyOut("copy floor_response to stdout", out);
      }
      long started = System.nanoTime();
      try (Reader in = Files.newBufferedReader(customers, StandardCharsets.UTF_8)) {
        copy.copyIn("copy customer from stdin", in);
      }
      try (Reader in = Files.newBufferedReader(responses, StandardCharsets.UTF_8)) {
        copy.copyIn("copy response from stdin", in);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      connection.rollback();
      Files.delete(customers);
      Files.delete(responses);
      return seconds;
    }
  }

  private static double copy(BenchContext context, Path file) throws Exception {
    JdbcTemplate jdbc = context.jdbc();
    jdbc.execute("truncate bench_copy");
    try (Connection connection = context.bean(DataSource.class).getConnection();
         Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      long started = System.nanoTime();
      long copied = copy.copyIn("copy bench_copy (\"" + String.join("\", \"", SampleCsv.HEADER)
          + "\") from stdin (format csv, header true)", reader);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (copied == 0) {
        throw new IllegalStateException("COPY copied nothing");
      }
      return seconds;
    }
  }
}
