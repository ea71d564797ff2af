package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closedloop.metrics.ClosedLoopFigures.Counts;
import io.closedloop.metrics.ClosedLoopFigures.Hours;
import io.closedloop.metrics.facts.CaseFactMirror;
import io.closedloop.support.IntegrationTest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The closed-loop figures are computed from an in-memory copy of {@code case_fact}: they must equal
 * what PostgreSQL itself aggregates (counts and {@code percentile_cont}) over the committed rows,
 * after inserts, updates and deletes, and a transaction that commits late must not be missed.
 */
@IntegrationTest
class ClosedLoopInMemoryIT {

  private static final Period YEAR_2018 = new Period(LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
  private static final List<GroupBy> GROUPINGS = Arrays.asList(null, GroupBy.TOUCHPOINT, GroupBy.OWNER, GroupBy.PRODUCT,
      GroupBy.EMPLOYEE, GroupBy.WEEK, GroupBy.MONTH);

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DataSource dataSource;

  @Autowired
  ClosedLoopReports closedLoop;

  @Autowired
  Clock clock;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void figures_equal_the_database_aggregation_after_inserts_updates_and_deletes() {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    Scope scope = new Scope(List.of(data.team()), false);
    Random random = new Random(2018);
    List<UUID> cases = new ArrayList<>();
    List<UUID> responses = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      UUID customer = data.customer(random.nextBoolean() ? "smb" : "enterprise");
      Instant answered = Instant.parse("2018-01-01T00:00:00Z").plus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
      UUID response = data.response(customer, random.nextInt(7), answered.toString(),
          List.of("website", "store", "phone").get(random.nextInt(3)), "product-" + random.nextInt(4));
      responses.add(response);
      Instant due = answered.plus(8 + random.nextInt(40), ChronoUnit.HOURS);
      Instant reached = random.nextInt(5) == 0 ? null : answered.plus(random.nextInt(72 * 60), ChronoUnit.MINUTES);
      boolean closed = random.nextBoolean();
      String status = !closed ? "OPEN" : reached == null ? "UNREACHABLE" : "RESOLVED";
      Instant closedAt = closed ? answered.plus(24 * 60 + random.nextInt(200 * 60), ChronoUnit.MINUTES) : null;
      cases.add(data.detractorCase(response, answered.toString(), random.nextInt(20) == 0 ? null : due.toString(),
          reached == null ? null : reached.toString(), status, closedAt == null ? null : closedAt.toString(), random.nextInt(3),
          "agent-" + random.nextInt(3), null));
    }
    assertSameAsDatabase(scope);

    for (int i = 0; i < 60; i++) {
      UUID changed = cases.get(random.nextInt(cases.size()));
      jdbc.sql("update detractor_case set owner = :owner, first_reached_at = coalesce(first_reached_at, created_at + interval '5 hours'),"
              + " status = 'RESOLVED', closed_at = created_at + interval '30 hours' where id = :id")
          .param("owner", "agent-" + random.nextInt(5)).param("id", changed).update();
    }
    for (int i = 0; i < 20; i++) {
      jdbc.sql("delete from detractor_case where id = :id").param("id", cases.remove(random.nextInt(cases.size()))).update();
    }
    UUID returning = jdbc.sql("select customer_id from response where id = :id").param("id", responses.get(0)).query(UUID.class).single();
    data.response(returning, 9, "2018-12-30T12:00:00Z", "website", "product-0");

    assertSameAsDatabase(scope);
  }

  @Test
  void a_change_committed_after_a_read_began_is_seen_by_the_next_read() throws SQLException {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    Scope scope = new Scope(List.of(data.team()), false);
    UUID response = data.responses(3, 1, "2018-03-01T08:00:00Z");
    UUID detractorCase = data.detractorCase(response, "2018-03-01T08:00:00Z", "2018-03-02T08:00:00Z", null, "OPEN", null, 0,
        "agent-0", null);
    assertThat(closedLoop.report(YEAR_2018, null, scope).total().counts().reached()).isZero();

    try (Connection late = dataSource.getConnection()) {
      late.setAutoCommit(false);
      try (PreparedStatement reach = late.prepareStatement(
          "update detractor_case set first_reached_at = timestamptz '2018-03-01T10:00:00Z' where id = ?")) {
        reach.setObject(1, detractorCase);
        reach.executeUpdate();
      }
      assertThat(closedLoop.report(YEAR_2018, null, scope).total().counts().reached()).isZero();
      data.responses(9, 1, "2018-03-05T08:00:00Z");
      assertThat(closedLoop.report(YEAR_2018, null, scope).total().counts().reached()).isZero();
      late.commit();
    }

    ClosedLoopFigures figures = closedLoop.report(YEAR_2018, null, scope).total();
    assertThat(figures.counts().reached()).isEqualTo(1);
    assertThat(figures.timeToFirstContactHours().p50()).isEqualByComparingTo("2.0");
  }

  @Test
  void figures_are_right_while_the_case_facts_still_load_in_the_background() throws Exception {
    MetricsFixtures data = new MetricsFixtures(jdbc);
    Scope scope = new Scope(List.of(data.team()), false);
    for (int i = 0; i < 40; i++) {
      String answered = Instant.parse("2018-05-01T08:00:00Z").plus(i * 7L, ChronoUnit.HOURS).toString();
      UUID response = data.responses(i % 7, 1, answered);
      data.detractorCase(response, answered, Instant.parse(answered).plus(24, ChronoUnit.HOURS).toString(),
          i % 4 == 0 ? null : Instant.parse(answered).plus(i, ChronoUnit.HOURS).toString(), i % 3 == 0 ? "RESOLVED" : "IN_PROGRESS",
          i % 3 == 0 ? Instant.parse(answered).plus(50, ChronoUnit.HOURS).toString() : null, i % 2, "agent-" + i % 3, null);
    }
    CaseFactMirror starting = new CaseFactMirror(dataSource, transactions, true);
    ClosedLoopReports whileStarting = new ClosedLoopReports(starting, clock);

    try (Connection blocking = dataSource.getConnection()) {
      blocking.setAutoCommit(false);
      blocking.createStatement().execute("lock table case_fact_generation in access exclusive mode");
      starting.loadInTheBackground();
      assertThat(starting.loading()).as("still loading behind the lock").isTrue();
      assertSameAsDatabase(whileStarting, scope);
      assertThat(whileStarting.backlog(scope).open()).isEqualTo(openCases(data.team()));
      blocking.commit();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> !starting.loading());
    assertSameAsDatabase(whileStarting, scope);
    assertThat(whileStarting.backlog(scope).open()).isEqualTo(openCases(data.team()));
  }

  private long openCases(String team) {
    return jdbc.sql("select count(*) from case_fact where team = :team and not (" + ClosedLoopConditions.CLOSED + ")")
        .param("team", team).query(Long.class).single();
  }

  private void assertSameAsDatabase(Scope scope) {
    assertSameAsDatabase(closedLoop, scope);
  }

  private void assertSameAsDatabase(ClosedLoopReports closedLoop, Scope scope) {
    for (GroupBy groupBy : GROUPINGS) {
      Report<ClosedLoopFigures> inMemory = closedLoop.report(YEAR_2018, groupBy, scope);
      Report<ClosedLoopFigures> database = fromDatabase(YEAR_2018, groupBy, scope.teams().get(0));
      assertThat(inMemory.total()).as("total by %s", groupBy).isEqualTo(database.total());
      assertThat(inMemory.groups()).as("groups by %s", groupBy).isEqualTo(database.groups());
    }
  }

  /** The same figures straight from SQL: counts and percentile_cont over {@code case_fact}. */
  private Report<ClosedLoopFigures> fromDatabase(Period period, GroupBy groupBy, String team) {
    String key = groupBy == null ? "''" : groupBy.isTime() ? "date_trunc('" + groupBy.column() + "', day)::date::text" : groupBy.column();
    List<Group<ClosedLoopFigures>> rows = jdbc.sql("""
            select %s as key, count(*) as opened,
                   count(*) filter (where %s) as within_sla, count(*) filter (where %s) as sla_due,
                   count(*) filter (where %s) as reached, count(*) filter (where %s) as closed,
                   count(*) filter (where %s) as escalated, count(*) filter (where %s) as unreachable,
                   count(*) filter (where %s) as answered_again, count(*) filter (where %s) as recovered,
                   percentile_cont(array[0.5, 0.9]) within group (order by first_contact_hours) as first_contact,
                   percentile_cont(array[0.5, 0.9]) within group (order by close_hours) as close
            from case_fact where day between :from and :to and team = :team group by 1 order by 1
            """.formatted(key, ClosedLoopConditions.WITHIN_SLA, ClosedLoopConditions.SLA_DUE, ClosedLoopConditions.REACHED,
            ClosedLoopConditions.CLOSED, ClosedLoopConditions.ESCALATED, ClosedLoopConditions.UNREACHABLE,
            ClosedLoopConditions.ANSWERED_AGAIN, ClosedLoopConditions.RECOVERED))
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to())).param("team", team)
        .param("now", Timestamp.from(clock.instant()))
        .query((rs, row) -> new Group<>(rs.getString("key"), figures(rs))).list();
    if (groupBy == null) {
      return new Report<>(period.from(), period.to(), rows.isEmpty() ? ClosedLoopFigures.NONE : rows.get(0).figures(), List.of());
    }
    Report<ClosedLoopFigures> total = fromDatabase(period, null, team);
    List<Group<ClosedLoopFigures>> groups = new ArrayList<>();
    if (groupBy.isTime()) {
      for (LocalDate start : TimeBuckets.starts(groupBy, period)) {
        groups.add(new Group<>(TimeBuckets.keyOf(groupBy, start), rows.stream().filter(g -> g.key().equals(start.toString()))
            .map(Group::figures).findFirst().orElse(ClosedLoopFigures.NONE)));
      }
    } else {
      rows.forEach(g -> groups.add(new Group<>(g.key().isEmpty() ? null : g.key(), g.figures())));
    }
    return new Report<>(period.from(), period.to(), total.total(), groups);
  }

  private static ClosedLoopFigures figures(ResultSet rs) throws SQLException {
    Counts counts = new Counts(rs.getLong("opened"), rs.getLong("within_sla"), rs.getLong("sla_due"), rs.getLong("reached"),
        rs.getLong("closed"), rs.getLong("escalated"), rs.getLong("unreachable"), rs.getLong("answered_again"),
        rs.getLong("recovered"));
    return ClosedLoopFigures.of(counts, hours(rs.getArray("first_contact")), hours(rs.getArray("close")));
  }

  private static Hours hours(Array percentiles) throws SQLException {
    if (percentiles == null) {
      return Hours.NONE;
    }
    Double[] values = (Double[]) percentiles.getArray();
    return values[0] == null ? Hours.NONE : new Hours(Ratio.hours(values[0]), Ratio.hours(values[1]));
  }
}
