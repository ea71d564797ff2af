package io.closedloop.outbox;

import static io.closedloop.shared.RecentValue.GAUGE_AGE;

import io.closedloop.shared.RecentValue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox for Prometheus, per channel (mail, webhook): messages waiting to be sent, and messages
 * given up on after a day of failures (dead letters, to be sent again by hand).
 */
@Component
class OutboxGauges implements MeterBinder {

  private final RecentValue<Map<String, Long>> counts;

  OutboxGauges(JdbcClient jdbc) {
    this.counts = RecentValue.readAtMostEvery(GAUGE_AGE, () -> jdbc.sql("""
            select channel || '/' || status as key, count(*) as n from outbox_message
            where status in ('QUEUED', 'FAILED') group by channel, status
            """)
        .query((rs, row) -> Map.entry(rs.getString("key"), rs.getLong("n")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String channel : new String[] {"MAIL", "WEBHOOK"}) {
      String tag = channel.toLowerCase();
      Gauge.builder("closedloop.outbox.backlog", counts, all -> all.get().getOrDefault(channel + "/QUEUED", 0L))
          .description("Messages waiting to be sent").tag("channel", tag).register(registry);
      Gauge.builder("closedloop.outbox.dead.letters", counts, all -> all.get().getOrDefault(channel + "/FAILED", 0L))
          .description("Messages given up on after their retries").tag("channel", tag).register(registry);
    }
  }
}
