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
 * The cases' figures for Prometheus: open cases, cases whose call-back is overdue, escalations
 * since midnight UTC (all from the database, so every node reports the same), and this node's
 * escalations as a counter.
 */
@Component
class CaseGauges implements MeterBinder {

  private final RecentValue<OpenCases> openCases;
  private MeterRegistry registry;

  CaseGauges(JdbcClient jdbc, Clock clock) {
    this.openCases = RecentValue.readAtMostEvery(GAUGE_AGE, () -> read(jdbc, clock));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("closedloop.cases.open", openCases, cases -> cases.get().open())
        .description("Cases not yet resolved or closed as unreachable").register(registry);
    Gauge.builder("closedloop.cases.overdue", openCases, cases -> cases.get().overdue())
        .description("Open cases past their call-back deadline without the customer reached").register(registry);
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

  private static OpenCases read(JdbcClient jdbc, Clock clock) {
    return jdbc.sql("""
            select (select count(*) from detractor_case where status in ('OPEN', 'IN_PROGRESS')) as open,
                   (select count(*) from detractor_case where status in ('OPEN', 'IN_PROGRESS')
                      and first_reached_at is null and callback_due < :now) as overdue,
                   (select count(*) from case_event where type = 'ESCALATED' and at >= :midnight) as escalations
            """)
        .param("now", Timestamp.from(clock.instant()))
        .param("midnight", Timestamp.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant()))
        .query((rs, row) -> new OpenCases(rs.getLong("open"), rs.getLong("overdue"), rs.getLong("escalations")))
        .single();
  }

  private record OpenCases(long open, long overdue, long escalationsToday) {}
}
