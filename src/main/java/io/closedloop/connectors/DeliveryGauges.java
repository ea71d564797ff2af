package io.closedloop.connectors;

import static io.closedloop.shared.RecentValue.GAUGE_AGE;

import io.closedloop.shared.RecentValue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Survey tools' deliveries that failed for good, for Prometheus: they wait for a fix and a replay. */
@Component
class DeliveryGauges implements MeterBinder {

  private final RecentValue<Long> failed;

  DeliveryGauges(JdbcClient jdbc) {
    this.failed = RecentValue.readAtMostEvery(GAUGE_AGE,
        () -> jdbc.sql("select count(*) from source_delivery where status = 'FAILED'").query(Long.class).single());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("closedloop.deliveries.dead.letters", failed, RecentValue::get)
        .description("Survey-tool deliveries that failed after their retries").register(registry);
  }
}
