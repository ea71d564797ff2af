package io.closedloop.outbox;

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
 * The outbox's retention: a message that was sent, kept or failed longer ago than
 * {@code closedloop.outbox.keep-for} (90 days) is deleted with its attempts; the case's timeline
 * still says when it was sent. Runs with the nightly retention ({@code closedloop.retention.cron}).
 */
@Component
class ForgettingOldMessages {

  private static final Logger log = LoggerFactory.getLogger(ForgettingOldMessages.class);

  private final JdbcClient jdbc;
  private final OutboxSettings settings;
  private final Clock clock;

  ForgettingOldMessages(JdbcClient jdbc, OutboxSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(cron = "${closedloop.retention.cron:0 30 3 * * *}")
  @SchedulerLock(name = "outbox-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
  void nightly() {
    log.info("Outbox retention deleted {} old messages", forget(clock.instant()));
  }

  /** Deletes the finished messages created before the keeping period that ends at {@code now}; answers how many. */
  int forget(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.keepFor()).toInstant();
    return jdbc.sql("delete from outbox_message where status <> 'QUEUED' and created_at < :cutoff")
        .param("cutoff", Timestamp.from(cutoff)).update();
  }
}
