package io.closedloop.customers;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept ({@code closedloop.retention.*}): {@code personal-data-after} (an
 * ISO-8601 period, default {@code P24M}) after a case closed or a customer last answered, erased in
 * runs of at most {@code batch-size} subjects per kind. When the job runs is {@code cron}, read by
 * {@link RetentionJob}.
 */
@ConfigurationProperties("closedloop.retention")
public record RetentionSettings(Period personalDataAfter, Integer batchSize) {

  public RetentionSettings {
    personalDataAfter = personalDataAfter == null ? Period.ofMonths(24) : personalDataAfter;
    batchSize = batchSize == null ? 500 : batchSize;
  }
}
