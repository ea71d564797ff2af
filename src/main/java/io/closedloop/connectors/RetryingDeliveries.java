package io.closedloop.connectors;

import io.closedloop.shared.DatabaseOutage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Processes the events that were stored but whose processing was cut short (the database went away
 * after the event was stored, or the application stopped): every minute, those received more than a
 * minute ago. Intake keeps each response once, so an event processed twice still makes one response.
 */
@Component
class RetryingDeliveries {

  private static final Logger log = LoggerFactory.getLogger(RetryingDeliveries.class);
  private static final Duration GRACE = Duration.ofMinutes(1);
  private static final int BATCH = 100;

  private final SourceRecords sources;
  private final DeliveryRecords deliveries;
  private final ProcessingDelivery processing;
  private final Clock clock;

  RetryingDeliveries(SourceRecords sources, DeliveryRecords deliveries, ProcessingDelivery processing, Clock clock) {
    this.sources = sources;
    this.deliveries = deliveries;
    this.processing = processing;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
  @SchedulerLock(name = "delivery-retries", lockAtMostFor = "PT10M")
  void retry() {
    try {
      List<Delivery> pending = deliveries.pending(clock.instant().minus(GRACE), BATCH);
      for (Delivery delivery : pending) {
        sources.find(delivery.sourceId()).ifPresent(source -> processing.process(source, delivery));
      }
      if (!pending.isEmpty()) {
        log.info("Processed {} webhook events left received", pending.size());
      }
    } catch (DataAccessException e) {
      if (!DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("Webhook events left received wait for the database");
    }
  }
}
