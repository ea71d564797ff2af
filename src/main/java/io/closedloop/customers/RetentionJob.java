package io.closedloop.customers;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention every night: {@code closedloop.retention.cron} (a Spring cron of six fields,
 * server time zone; default {@code 0 30 3 * * *}, 03:30; {@code "-"} turns the job off).
 */
@Component
class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final ApplyingRetention retention;
  private final Clock clock;

  RetentionJob(ApplyingRetention retention, Clock clock) {
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(cron = "${closedloop.retention.cron:0 30 3 * * *}")
  @SchedulerLock(name = "retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT2H")
  void run() {
    RetentionApplied applied = retention.apply(clock.instant());
    log.info("Retention erased {} customers and {} old cases", applied.customers(), applied.cases());
  }
}
