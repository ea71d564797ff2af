package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.shared.NotFoundException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads whose customer a case is about (the cases module's table, read only). */
@Component
class ReSurveyCases {

  private final JdbcClient jdbc;

  ReSurveyCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID customerOf(CaseId caseId) {
    return jdbc.sql("select customer_id from detractor_case where id = :id").param("id", caseId.value())
        .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("No case " + caseId));
  }
}
