package io.closedloop.connectors;

import io.closedloop.customers.RetentionSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention of webhook events: an event received longer ago than the retention period
 * ({@code closedloop.retention.personal-data-after}) loses its payload, whoever it named, also the
 * events that never became a response. Runs with the nightly retention ({@code closedloop.retention.cron}).
 */
@Component
class ForgettingOldDeliveries {

  private static final Logger log = LoggerFactory.getLogger(ForgettingOldDeliveries.class);

  private final JdbcClient jdbc;
  private final RetentionSettings settings;
  private final Clock clock;

  ForgettingOldDeliveries(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(cron = "${closedloop.retention.cron:0 30 3 * * *}")
  @SchedulerLock(name = "delivery-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
  void nightly() {
    int forgotten = forget(clock.instant());
    log.info("Retention erased the payloads of {} webhook events", forgotten);
  }

  /** Erases the payloads of the events received before the retention period that ends at {@code now}; answers how many. */
  int forget(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.personalDataAfter()).toInstant();
    return jdbc.sql("""
            update source_delivery set payload = null, erased_at = :now
            where received_at < :cutoff and payload is not null
            """)
        .param("now", Timestamp.from(now)).param("cutoff", Timestamp.from(cutoff)).update();
  }
}
