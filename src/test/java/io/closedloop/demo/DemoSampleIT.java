package io.closedloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.metrics.ClosedLoopFigures;
import io.closedloop.metrics.ClosedLoopReports;
import io.closedloop.metrics.Period;
import io.closedloop.metrics.Scope;
import io.closedloop.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo sample the test application starts with looks like a quarter of real work, read through
 * the closed-loop figures the dashboard shows: the sample's team over the quarter up to yesterday
 * (other tests open their cases today).
 */
@IntegrationTest
class DemoSampleIT {

  @Autowired
  ClosedLoopReports closedLoop;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  Clock clock;

  @Test
  void the_dashboard_shows_a_believable_quarter_of_work() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Period quarter = new Period(today.minusDays(90), today.minusDays(1));

    ClosedLoopFigures figures = closedLoop.report(quarter, null, new Scope(List.of("customer-service"), false)).total();

    assertThat(figures.casesOpened()).as("cases opened").isGreaterThan(100);
    assertThat(figures.timeToFirstContactHours().p50()).as("median hours to first contact").isBetween(
        BigDecimal.valueOf(2), BigDecimal.valueOf(20));
    assertThat(figures.contactedWithinSlaShare()).as("share contacted within the SLA").isBetween(
        BigDecimal.valueOf(0.70), BigDecimal.valueOf(0.95));
    assertThat(figures.counts().escalated()).as("escalated").isBetween(figures.casesOpened() / 20, figures.casesOpened() / 2);
    assertThat(figures.counts().unreachable()).as("unreachable").isBetween(figures.casesOpened() / 50, figures.casesOpened() / 5);
    assertThat(figures.counts().closed()).as("closed").isLessThan(figures.casesOpened());
  }

  @Test
  void the_demo_cases_were_worked_at_their_own_times_not_all_at_start() {
    List<Long> distinctDays = jdbc.sql("""
            select count(distinct date_trunc('day', c.created_at)) as opened, count(distinct date_trunc('day', a.at)) as attempted
            from detractor_case c join response r on r.id = c.response_id join contact_attempt a on a.case_id = c.id
            where r.external_id like 'demo-%'
            """)
        .query((rs, row) -> List.of(rs.getLong("opened"), rs.getLong("attempted"))).single();

    assertThat(distinctDays.get(0)).as("days on which demo cases were opened").isGreaterThan(60);
    assertThat(distinctDays.get(1)).as("days on which demo customers were called").isGreaterThan(50);
  }
}
