package io.closedloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Overdue cases are counted per phase: a customer not called back in time, and a reached customer whose case was not resolved in time. */
@IntegrationTest
class OverdueCasesIT {

  @LocalServerPort
  int port;

  @Autowired
  OverdueCases overdueCases;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_case_past_its_call_back_deadline_counts_for_the_call_back_and_a_reached_one_past_its_resolution_deadline_for_the_resolution() {
    String team = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
    UUID notCalled = UUID.fromString(Detractors.newCase(port, 4, null, "Late Call"));
    UUID notResolved = UUID.fromString(Detractors.newCase(port, 4, null, "Late Fix"));
    UUID onTime = UUID.fromString(Detractors.newCase(port, 4, null, "On Time"));
    jdbc.sql("update detractor_case set team = :team where id in (:ids)").param("team", team)
        .param("ids", List.of(notCalled, notResolved, onTime)).update();
    jdbc.sql("update detractor_case set callback_due = now() - interval '1 hour' where id = :id").param("id", notCalled).update();
    jdbc.sql("""
        update detractor_case set status = 'IN_PROGRESS', first_reached_at = now() - interval '6 days',
          resolution_due = now() - interval '1 hour' where id = :id""").param("id", notResolved).update();

    OverdueCases.Count count = overdueCases.now(List.of(team));

    assertThat(count).isEqualTo(new OverdueCases.Count(1, 1));
    assertThat(overdueCases.now(List.of("no-such-team"))).isEqualTo(new OverdueCases.Count(0, 0));
    assertThat(overdueCases.now(null).callBack()).isGreaterThanOrEqualTo(1);
  }
}
