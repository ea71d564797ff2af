package io.closedloop.outbox;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox sends ({@code closedloop.outbox.*}): it looks for due messages every
 * {@code poll-every}, up to {@code batch-size} at a time, each held by one worker for {@code lease};
 * a failed attempt is retried after {@code first-retry}, doubling up to {@code longest-retry}, until
 * {@code give-up-after} from queueing (a day); sent and failed messages are kept {@code keep-for}.
 * Mail leaves from {@code mail-from}; its {@code Message-ID} is {@code <id@message-id-domain>}.
 */
@ConfigurationProperties("closedloop.outbox")
public record OutboxSettings(Duration pollEvery, Integer batchSize, Duration lease, Duration firstRetry,
    Duration longestRetry, Duration giveUpAfter, Period keepFor, String mailFrom, String messageIdDomain) {

  public OutboxSettings {
    pollEvery = pollEvery == null ? Duration.ofSeconds(2) : pollEvery;
    batchSize = batchSize == null ? 20 : batchSize;
    lease = lease == null ? Duration.ofMinutes(2) : lease;
    firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
    giveUpAfter = giveUpAfter == null ? Duration.ofDays(1) : giveUpAfter;
    keepFor = keepFor == null ? Period.ofDays(90) : keepFor;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "ClosedLoop <no-reply@closedloop.local>" : mailFrom;
    messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank() ? "closedloop.local" : messageIdDomain;
  }

  /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
  }
}
