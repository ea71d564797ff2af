package io.closedloop.bench;

import io.closedloop.demo.generator.SampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of a large company's history written straight into a node's embedded PostgreSQL: answers
 * over five years with more of them recently, touchpoints with their own mood, and a closed case
 * (resolved or unreachable) for every detractor older than a month; the read models rebuilt.
 */
final class ScaleData {

  private ScaleData() {}

  /** The node's database, from the password file and the {@code postmaster.pid} of its data directory. */
  static JdbcTemplate database(Path dataDir) throws Exception {
    List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"localhost"});
    source.setPortNumbers(new int[] {Integer.parseInt(pid.get(3).strip())});
    source.setDatabaseName("postgres");
    source.setUser("postgres");
    source.setPassword(Files.readString(dataDir.resolve("closedloop.password")).strip());
    return new JdbcTemplate(source);
  }

  /** Agents own open cases as they would after claiming them: four in five, spread over the teams' agents and alice. */
  static int claimOpenCases(JdbcTemplate jdbc) {
    return jdbc.update("""
        update detractor_case c set status = 'IN_PROGRESS',
               owner = case when n % 60 = 0 then 'alice' else 'agent-' || (n % 60) end
        from (select id, row_number() over (order by id) as n from detractor_case where status = 'OPEN') o
        where o.id = c.id and o.n % 5 <> 0""");
  }

  /** {@code responses} answers of the past five years and their closed cases; the read models rebuilt, the tables analysed. */
  static void history(JdbcTemplate jdbc, int responses) {
    int customers = Math.max(1, responses * 7 / 20);
    String teams = SampleGenerator.teams().stream().map(team -> "'" + team + "'").collect(Collectors.joining(", "));
    jdbc.execute((java.sql.Connection connection) -> {
      try (var statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        statement.execute("set session_replication_role = replica");
        statement.execute("select setseed(0.2031)");
        statement.execute(GeneratedAnswers.customers("scale", customers));
        statement.execute(GeneratedAnswers.responses("scale", customers, responses,
            "(array[%s])[1 + tp %% %d]".formatted(teams, SampleGenerator.teams().size()),
            "now() - interval '30 days' - (1 - sqrt(random())) * interval '1795 days'"));
        statement.execute("""
            insert into detractor_case (id, response_id, customer_id, status, owner, team, priority, callback_due, escalation_level,
                                        root_cause, outcome, created_at, first_reached_at, closed_at, touchpoint)
            select md5('scale-case-' || r.id)::uuid, r.id, r.customer_id,
                   case when reached_at is null then 'UNREACHABLE' else 'RESOLVED' end,
                   case when agent = 0 then 'alice' else 'agent-' || agent end, r.team, 'NORMAL', created_at + interval '48 hours',
                   case when reached_at is null or reached_at > created_at + interval '48 hours' then 1 else 0 end,
                   case when reached_at is not null
                        then (array['service.waiting-time', 'service.waiting-time', 'service.unsolved-problem', 'product.defect',
                                    'price.too-high', 'website.navigation', 'billing.wrong-invoice', 'delivery.late', 'staff.attitude'])[1 + floor(random() * 9)::int] end,
                   case when reached_at is not null then 'RECOVERED' end,
                   created_at, reached_at,
                   case when reached_at is not null then reached_at + close_after else created_at + interval '96 hours' end,
                   r.touchpoint
            from (
              select r.*, c.created_at, c.close_after, c.agent,
                     case when c.roll < 0.85 then c.created_at + c.reach_after end as reached_at
              from response r
              cross join lateral (select r.answered_at + random() * interval '30 minutes' as created_at, random() as roll,
                                         floor(random() * 60)::int as agent,
                                         -ln(1 - random()) * interval '20 hours' as reach_after,
                                         -ln(1 - random()) * interval '30 hours' as close_after) c
              where r.category = 'DETRACTOR' and r.content_hash = 'scale'
            ) r
            """);
        statement.execute("""
            insert into contact_attempt (case_id, at, by_user, channel, reached)
            select id, first_reached_at, owner, 'PHONE', true from detractor_case where first_reached_at is not null and id = md5('scale-case-' || response_id)::uuid
            """);
        statement.execute("set session_replication_role = origin");
        statement.execute("select nps_daily_rebuild()");
        statement.execute("select case_fact_rebuild()");
        connection.commit();
        connection.setAutoCommit(true);
        for (String table : List.of("customer", "response", "detractor_case", "contact_attempt", "nps_daily", "case_fact")) {
          statement.execute("vacuum analyze " + table);
        }
      }
      return null;
    });
  }
}
