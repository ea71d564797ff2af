package io.closedloop.cases;

import static io.closedloop.shared.RecentValue.GAUGE_AGE;

import io.closedloop.shared.RecentValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases' figures for Prometheus: open cases, cases overdue in each phase (call-back,
 * resolution), escalations since midnight UTC (all from the database, so every node reports the
 * same), and this node's escalations as a counter.
 */
@Component
class CaseGauges implements MeterBinder {

  private final RecentValue<OpenCases> openCases;
  private MeterRegistry registry;

  CaseGauges(JdbcClient jdbc, OverdueCases overdueCases, Clock clock) {
    this.openCases = RecentValue.readAtMostEvery(GAUGE_AGE, () -> read(jdbc, overdueCases, clock));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("closedloop.cases.open", openCases, cases -> cases.get().open())
        .description("Cases not yet resolved or closed as unreachable").register(registry);
    Gauge.builder("closedloop.cases.overdue", openCases, cases -> cases.get().overdue().callBack()).tag("phase", "call-back")
        .description("Open cases past the deadline of their phase").register(registry);
    Gauge.builder("closedloop.cases.overdue", openCases, cases -> cases.get().overdue().resolution()).tag("phase", "resolution")
        .description("Open cases past the deadline of their phase").register(registry);
    Gauge.builder("closedloop.escalations.today", openCases, cases -> cases.get().escalationsToday())
        .description("Escalations recorded since midnight UTC, by every node").register(registry);
  }

  @EventListener
  void count(CaseEscalated escalated) {
    if (registry != null) {
      Counter.builder("closedloop.escalations").description("Escalations fired by this node").tag("level", String.valueOf(escalated.level()))
          .register(registry).increment();
    }
  }

  private static OpenCases read(JdbcClient jdbc, OverdueCases overdueCases, Clock clock) {
    OverdueCases.Count overdue = overdueCases.now(null);
    return jdbc.sql("""
            select (select count(*) from detractor_case where status in ('OPEN', 'IN_PROGRESS')) as open,
                   (select count(*) from case_event where type = 'ESCALATED' and at >= :midnight) as escalations
            """)
        .param("midnight", Timestamp.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant()))
        .query((rs, row) -> new OpenCases(rs.getLong("open"), overdue, rs.getLong("escalations")))
        .single();
  }

  private record OpenCases(long open, OverdueCases.Count overdue, long escalationsToday) {}
}
