package io.closedloop.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The segment of a case's customer as intake keeps it now (the escalation ladder may depend on it). */
@Component
class CustomerSegments {

  private final JdbcClient jdbc;

  CustomerSegments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String of(DetractorCase detractorCase) {
    return jdbc.sql("select segment from customer where id = :id").param("id", detractorCase.getCustomerId())
        .query(String.class).optional().orElse(null);
  }
}
